import LagesbildCore

/// Draws the area view, or the open municipality's dashboard.
extension AreaApp {
    public func render(on screen: Screen) {
        if let drilled {
            members[drilled].dashboard.render(on: screen)
            return
        }
        screen.clear()
        screen.hideCursor()
        guard case .dashboard(let frame) = Layout.compute(rows: screen.rows, cols: screen.cols) else {
            TooSmallView.draw(cols: screen.cols, rows: screen.rows, language: language, on: screen, question: nil)
            return
        }
        let area = picture
        let period = area.members.first.map { language(.periodName($0.picture.period)) } ?? ""
        HeaderBar.draw(title: TextWidth.sanitize(language(.area(.title(members.map(\.name)))) + " · " + period),
                       note: language(.area(.readOnly)), clock: "", in: frame.header, on: screen)
        let body = frame.body
        let leftWidth = body.width * 45 / 100
        let left = Rect(row: body.row, col: body.col, height: body.height, width: leftWidth)
        let right = Rect(row: body.row, col: left.right, height: body.height, width: body.width - leftWidth)
        drawPromises(area, in: left, on: screen)
        drawRanking(area, in: right, on: screen)
        if helpOpen {
            HelpOverlay.drawScope(.area, language: language, frame: frame, on: screen)
        }
        FooterBar.drawHints(scope: .area, language: language, in: frame.footer, on: screen)
    }

    private func drawPromises(_ area: AreaPicture, in rect: Rect, on screen: Screen) {
        screen.box(rect, title: language(.area(.promisesHeading)))
        let inner = rect.inner
        var row = inner.row
        for m in area.members {
            guard row < inner.bottom else { break }
            screen.put(TextWidth.sanitize(m.name), row: row, col: inner.col + 1, width: inner.width - 2, role: .title)
            row += 1
            for p in m.picture.promises where row < inner.bottom {
                let figures = "\(p.done)/\(p.target) " + (p.state == .done ? "✓" : (p.state == .onTrack ? " " : "!"))
                let room = inner.width - 3 - TextWidth.width(figures) - 1
                screen.put(TextWidth.truncate(TextWidth.sanitize(p.promise.text), to: max(4, room)), row: row, col: inner.col + 2,
                           width: room, role: .normal)
                screen.put(figures, row: row, col: inner.right - 1 - TextWidth.width(figures), width: TextWidth.width(figures),
                           role: OverviewPresenter.role(of: p.state))
                row += 1
            }
            row += 1
        }
    }

    private func drawRanking(_ area: AreaPicture, in rect: Rect, on screen: Screen) {
        screen.box(rect, title: language(.area(.rankingHeading)), role: .focusedFrame, titleRole: .focusedFrame)
        let inner = rect.inner
        let ranking = area.ranking
        pageSize = max(1, inner.height)
        let top = max(0, min(selected - inner.height + 1, ranking.count - inner.height))
        let nameWidth = max(10, inner.width - 26)
        for (offset, r) in ranking.dropFirst(max(0, top)).prefix(inner.height).enumerated() {
            let k = max(0, top) + offset
            let s = r.status
            let line = TextWidth.pad("\(k + 1).", to: 4) + TextWidth.pad(TextWidth.truncate(TextWidth.sanitize(s.hotSpot.name), to: nameWidth), to: nameWidth)
                + " " + TextWidth.pad(TextWidth.truncate(r.municipality, to: 10), to: 10) + " " + "\(s.incidents)" + " " + s.trend.arrow
            if k == selected {
                screen.putPadded("▸ " + line, row: inner.row + offset, col: inner.col, width: inner.width, role: .selected)
            } else {
                screen.put("  " + line, row: inner.row + offset, col: inner.col, width: inner.width,
                           role: s.trend == .rising ? .bad : .normal)
            }
        }
    }
}
