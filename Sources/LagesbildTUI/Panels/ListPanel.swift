/// Draws a panel model in a frame: rows with a label on the left and cells on the right,
/// the selected row highlighted while the panel has focus, scrolled so it stays visible.
public enum ListPanel {
    /// The label keeps at least this many cells before an elastic cell may grow.
    static let minimumLabel = 9

    /// - Parameters:
    ///   - selected: index among the selectable rows.
    /// - Returns: the number of rows that fit, for PgUp/PgDn.
    @discardableResult
    public static func draw(_ model: PanelModel, in rect: Rect, on screen: Screen, selected: Int?, focused: Bool) -> Int {
        // The focused panel and the selected row are marked in the text too, so they stay
        // visible without colour (NO_COLOR, vt100, a washed-out projector).
        screen.box(rect, title: focused ? "▶ " + model.title : model.title,
                   role: focused ? .focusedFrame : .frame, titleRole: focused ? .focusedFrame : .title)
        let inner = rect.inner
        guard inner.height > 0, inner.width > 0 else { return 0 }
        if model.rows.isEmpty {
            screen.put(model.emptyText, row: inner.row, col: inner.col + 1, width: inner.width - 1, role: .dim)
            return inner.height
        }
        // The display line of the selected row, so scrolling can keep it in view.
        let selectedLine = selected.flatMap { index -> Int? in
            var seen = -1
            for (line, row) in model.rows.enumerated() where row.selectable {
                seen += 1
                if seen == index { return line }
            }
            return nil
        }
        let firstLine = max(0, (selectedLine ?? 0) - inner.height + 1)
        for (offset, row) in model.rows.dropFirst(firstLine).prefix(inner.height).enumerated() {
            let highlight = focused && selectedLine == firstLine + offset
            drawRow(row, row: inner.row + offset, col: inner.col, width: inner.width, on: screen, highlight: highlight)
        }
        return inner.height
    }

    /// One row: ` label…   cell cell cell `, one space of margin on each side.
    static func drawRow(_ row: ListRow, row y: Int, col x: Int, width: Int, on screen: Screen, highlight: Bool) {
        let usable = width - 2
        let fixed = row.cells.filter { !$0.elastic }.reduce(0) { $0 + $1.width + 1 }
        var cellWidths = row.cells.map(\.width)
        for (i, cell) in row.cells.enumerated() where cell.elastic {
            cellWidths[i] = max(0, min(cell.width, usable - fixed - minimumLabel - 1))
        }
        let cellsTotal = zip(row.cells, cellWidths).reduce(0) { sum, pair in
            sum + (pair.0.elastic && pair.1 == 0 ? 0 : pair.1 + 1)
        }
        let labelWidth = max(0, usable - cellsTotal)
        if highlight { screen.putPadded("▸", row: y, col: x, width: width, role: .selected) }
        screen.put(TextWidth.pad(row.label, to: labelWidth), row: y, col: x + 1, width: labelWidth,
                   role: highlight ? .selected : row.labelRole)
        var c = x + 1 + labelWidth
        for (cell, w) in zip(row.cells, cellWidths) where !(cell.elastic && w == 0) {
            let text = cell.elastic ? TextWidth.suffix(cell.text, columns: w) : TextWidth.padLeft(cell.text, to: w)
            screen.put(" " + TextWidth.padLeft(text, to: w), row: y, col: c, width: w + 1, role: highlight ? .selected : cell.role)
            c += w + 1
        }
    }
}
