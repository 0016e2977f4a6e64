import LagesbildCore

/// Draws the map view: the map in a frame on the left, the selected place and the legend on
/// the right, hints or the key overlay. Pure drawing from the controller's state.
extension MapController {
    public func render(on screen: Screen) {
        screen.clear()
        screen.hideCursor()
        let layout = Layout.compute(rows: screen.rows, cols: screen.cols)
        switch layout {
        case .tooSmall(let cols, let rows):
            hidden = true
            TooSmallView.draw(cols: cols, rows: rows, language: language, on: screen, question: nil)
        case .dashboard(let frame):
            hidden = false
            draw(frame, on: screen)
        }
    }

    private func draw(_ frame: DashboardFrame, on screen: Screen) {
        let title = language(.geo(.mapTitle(municipality: municipality))) + " · " + language(.periodName(period))
        HeaderBar.draw(title: TextWidth.sanitize(title), note: note, clock: "", in: frame.header, on: screen)
        let body = frame.body
        let sideWidth = min(34, max(26, body.width / 3))
        let mapRect = Rect(row: body.row, col: body.col, height: body.height, width: body.width - sideWidth)
        let sideRect = Rect(row: body.row, col: mapRect.right, height: body.height, width: sideWidth)
        screen.box(mapRect, title: language(.geo(.wallMapTitle)), role: .focusedFrame, titleRole: .focusedFrame)
        let inner = mapRect.inner
        canvas = (inner.width, inner.height)
        var outside = 0
        var widthMetres = 0.0
        if let mapFrame = self.frame(columns: inner.width, rows: inner.height) {
            let raster = MapRaster(scene: scene, frame: mapFrame, columns: inner.width, rows: inner.height,
                                   selected: selected, unicode: unicode)
            outside = raster.outside
            widthMetres = mapFrame.widthMetres
            for r in 0..<raster.rows { drawRow(raster, r, at: inner, on: screen) }
        } else {
            screen.put(language(.geo(.mapNoPositions)), row: inner.row, col: inner.col + 1, width: inner.width - 2, role: .dim)
        }
        drawSide(sideRect, outside: outside, widthMetres: widthMetres, on: screen)
        if mode == .help {
            HelpOverlay.drawScope(.map, language: language, frame: frame, on: screen)
        }
        FooterBar.drawHints(scope: .map, language: language, in: frame.footer, on: screen)
    }

    /// One row, a run of cells of one role at a time.
    private func drawRow(_ raster: MapRaster, _ r: Int, at inner: Rect, on screen: Screen) {
        var c = 0
        while c < raster.columns {
            let role = MapController.role(raster.kinds[r][c])
            var end = c + 1
            while end < raster.columns && MapController.role(raster.kinds[r][end]) == role { end += 1 }
            let text = String(raster.characters[r][c..<end])
            if text.contains(where: { $0 != " " }) { screen.put(text, row: inner.row + r, col: inner.col + c, role: role) }
            c = end
        }
    }

    static func role(_ kind: MapCellKind) -> StyleRole {
        switch kind {
        case .empty: return .normal
        case .outline: return .dim
        case .density(let level): return level >= 3 ? .warning : .normal
        case .label: return .title
        case .marker(_, selected: true): return .selected
        case .marker(.rising, _): return .bad
        case .marker(.falling, _): return .good
        case .marker: return .normal
        }
    }

    private func drawSide(_ rect: Rect, outside: Int, widthMetres: Double, on screen: Screen) {
        screen.box(rect, title: language(.geo(.sideTitle)), role: .frame)
        let inner = rect.inner
        var lines: [DetailLine] = []
        if let m = selectedMarker {
            let s = m.status
            lines.append(DetailLine(language(.geo(.mapSelected(rank: m.rank, name: s.hotSpot.name))), role: .title))
            if !s.hotSpot.locality.isEmpty { lines.append(DetailLine(s.hotSpot.locality, role: .dim)) }
            lines.append(DetailLine(language(.geo(.mapFigures(incidents: s.incidents, before: s.incidentsBefore, rounds: s.rounds)))))
            lines.append(DetailLine(String(MapRaster.trendMark(s.trend, unicode: unicode)) + " " + language(.report(.trend(s.trend))),
                                    role: s.trend == .rising ? .bad : .normal))
            if let kind = s.kind { lines.append(DetailLine(language(.analysis(.kind(kind))))) }
        } else {
            lines.append(DetailLine(language(.geo(.noSelection)), role: .dim))
        }
        lines.append(DetailLine(""))
        lines.append(DetailLine(language(.geo(unicode ? .mapLegend : .mapLegendASCII)), role: .dim))
        if widthMetres > 0 { lines.append(DetailLine(language(.geo(.mapScale(metres: MapController.roundScale(widthMetres)))), role: .dim)) }
        if scene.outline == nil { lines.append(DetailLine(language(.geo(.mapNoOutline)), role: .dim)) }
        if scene.unplaced > 0 { lines.append(DetailLine(language(.geo(.mapUnplaced(scene.unplaced))), role: .warning)) }
        if outside > 0 { lines.append(DetailLine(language(.geo(.mapOutside(outside))), role: .dim)) }
        var row = inner.row
        for line in lines {
            for part in DetailModel.wrap(line.text, first: inner.width - 2, rest: inner.width - 2) {
                guard row < inner.bottom else { return }
                screen.put(part, row: row, col: inner.col + 1, width: inner.width - 2, role: line.role)
                row += 1
            }
        }
    }

    /// Two significant figures: "≈ 38 km", not "≈ 37.6 km".
    static func roundScale(_ metres: Double) -> Int {
        guard metres >= 100 else { return Int(metres.rounded()) }
        var unit = 1.0
        while metres / unit >= 100 { unit *= 10 }
        return Int((metres / unit).rounded() * unit)
    }
}
