import LagesbildCore

/// Draws the wall's current state: header with the clock, a page line with the page
/// indicator, the page, and a footer with the display banner and how fresh the data is.
extension WallApp {
    public func render(on screen: Screen) {
        screen.clear()
        screen.hideCursor()
        guard screen.rows >= Layout.minimumRows, screen.cols >= Layout.minimumCols else {
            TooSmallView.draw(cols: screen.cols, rows: screen.rows, language: language, on: screen)
            return
        }
        let width = screen.cols
        let presenter = plan.flatMap { plan in picture.map { WallPresenter(plan: plan, picture: $0, language: language) } }
        let title = presenter?.overview.headerTitle ?? "Lägesbild"
        // Files the picture lacks are said on every page: numbers from part of the data.
        let partial = unreadable.isEmpty ? "" : language(.partialShort(files: unreadable.count))
        HeaderBar.draw(title: TextWidth.sanitize(title), note: dataAvailable ? partial : language(.wall(.dataMissingTitle)),
                       clock: clockText, in: Rect(row: 0, col: 0, height: 1, width: width), on: screen)
        drawFooter(Rect(row: screen.rows - 1, col: 0, height: 1, width: width), on: screen)
        let pageLine = Rect(row: 1, col: 0, height: 1, width: width)
        let body = Rect(row: 2, col: 0, height: screen.rows - 3, width: width)
        guard dataAvailable else {
            drawPageLine(language(.wall(.dataMissingTitle)), indicator: "", role: .bad, in: pageLine, on: screen)
            DataMissingView.draw(path: options.dataPath, language: language, in: body, on: screen)
            return
        }
        guard let presenter else {
            drawPageLine(language(.dashboard(.noPlan)), indicator: "", role: .warning, in: pageLine, on: screen)
            for (offset, problem) in problems.prefix(body.height - 1).enumerated() {
                screen.put(TextWidth.sanitize(language.line(problem)), row: body.row + 1 + offset, col: 2,
                           width: body.width - 4, role: .error)
            }
            return
        }
        drawPageLine(language(.wall(page.title)), indicator: pageIndicator, role: .title, in: pageLine, on: screen)
        switch page {
        case .figures: KeyFiguresView.draw(presenter, in: body, on: screen)
        case .overview:
            let overview = presenter.overview
            let panels = [overview.focusPanel, overview.hotSpotPanel, overview.activityPanel]
            for (panel, rect) in zip(panels, WallApp.columns(of: body, weights: [1, 1, 1])) {
                ListPanel.draw(panel, in: rect, on: screen, selected: nil, focused: false)
            }
        case .hotspots:
            ListPanel.draw(presenter.hotSpotRanking, in: body, on: screen, selected: nil, focused: false)
        case .activities:
            let rects = WallApp.columns(of: body, weights: [3, 2])
            ListPanel.draw(presenter.promisePanel, in: rects[0], on: screen, selected: nil, focused: false)
            ListPanel.draw(presenter.activityPanel, in: rects[1], on: screen, selected: nil, focused: false)
        case .measures:
            ListPanel.draw(presenter.measurePanel, in: body, on: screen, selected: nil, focused: false)
        case .map:
            if let plan, let picture { WallMapView.draw(plan: plan, picture: picture, ledger: ledger, language: language, unicode: options.unicode,
                                                              in: body, on: screen) }
        }
    }

    /// `●○○○○ 1/5`: which page is on show; empty when there is only one.
    public var pageIndicator: String {
        let count = options.pages.count
        guard count > 1 else { return "" }
        let dots = (0..<count).map { $0 == pageIndex ? "●" : "○" }.joined()
        return "\(dots) \(pageIndex + 1)/\(count)"
    }

    private func drawPageLine(_ title: String, indicator: String, role: StyleRole, in rect: Rect, on screen: Screen) {
        let right = indicator.isEmpty ? "" : indicator + " "
        let rightWidth = TextWidth.width(right)
        screen.put(" " + title, row: rect.row, col: rect.col, width: rect.width - rightWidth - 1, role: role)
        screen.put(right, row: rect.row, col: rect.right - rightWidth, width: rightWidth, role: .dim)
    }

    private func drawFooter(_ rect: Rect, on screen: Screen) {
        screen.putPadded("", row: rect.row, col: rect.col, width: rect.width, role: .hint)
        let freshness = freshnessText + " "
        let freshnessWidth = TextWidth.width(freshness)
        screen.put(" " + language(.wall(.banner)), row: rect.row, col: rect.col,
                   width: max(0, rect.width - freshnessWidth - 1), role: .hint)
        screen.put(freshness, row: rect.row, col: rect.right - freshnessWidth, width: freshnessWidth,
                   role: dataAvailable ? .hint : .warning)
    }

    /// Side-by-side rectangles across `rect`, sized by weight; the last takes the rounding.
    static func columns(of rect: Rect, weights: [Int]) -> [Rect] {
        let total = max(1, weights.reduce(0, +))
        var col = rect.col
        var out: [Rect] = []
        for (i, weight) in weights.enumerated() {
            let width = i == weights.count - 1 ? rect.right - col : rect.width * weight / total
            out.append(Rect(row: rect.row, col: col, height: rect.height, width: width))
            col += width
        }
        return out
    }
}
