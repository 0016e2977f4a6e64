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
            // A sentence (why there is nothing) wraps rather than being cut at the frame.
            for (i, line) in TextWrap.lines(model.emptyText, width: max(1, inner.width - 2)).prefix(inner.height).enumerated() {
                screen.put(line, row: inner.row + i, col: inner.col + 1, width: inner.width - 1, role: .dim)
            }
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
        let labels = fittedLabels(model.rows, width: inner.width)
        for (offset, row) in model.rows.enumerated().dropFirst(firstLine).prefix(inner.height) {
            let highlight = focused && selectedLine == offset
            drawRow(row, label: labels[offset], row: inner.row + offset - firstLine, col: inner.col, width: inner.width,
                    on: screen, highlight: highlight)
        }
        return inner.height
    }

    /// Below this many columns for its label a row leaves out its droppable cells.
    static let readableLabel = 16

    /// The cells a row gives its label and each of its cells, in a panel `width` wide. A
    /// dropped cell gets width 0 and is not drawn.
    static func columns(of row: ListRow, width: Int) -> (label: Int, cells: [Int]) {
        let all = columns(of: row, width: width, dropping: false)
        guard all.label < readableLabel, row.cells.contains(where: \.droppable) else { return all }
        return columns(of: row, width: width, dropping: true)
    }

    private static func columns(of row: ListRow, width: Int, dropping: Bool) -> (label: Int, cells: [Int]) {
        let usable = width - 2
        let kept = row.cells.map { !(dropping && $0.droppable) }
        let fixed = zip(row.cells, kept).filter { !$0.0.elastic && $0.1 }.reduce(0) { $0 + $1.0.width + 1 }
        var cellWidths = zip(row.cells, kept).map { $0.1 ? $0.0.width : 0 }
        for (i, cell) in row.cells.enumerated() where cell.elastic {
            cellWidths[i] = max(0, min(cell.width, usable - fixed - minimumLabel - 1))
        }
        let cellsTotal = zip(row.cells, cellWidths).reduce(0) { sum, pair in
            sum + ((pair.0.elastic || pair.0.droppable) && pair.1 == 0 ? 0 : pair.1 + 1)
        }
        return (max(0, usable - cellsTotal), cellWidths)
    }

    /// Every row's label cut to its room, rows with the same room together, so that two
    /// names cut short never read the same (`TextWidth.distinctLabels`). All rows count,
    /// not only those in view, so a label does not change as the panel scrolls.
    static func fittedLabels(_ rows: [ListRow], width: Int) -> [String] {
        let rooms = rows.map { columns(of: $0, width: width).label }
        var labels = rows.map(\.label)
        for (room, indices) in Dictionary(grouping: rows.indices, by: { rooms[$0] }) {
            let fitted = TextWidth.distinctLabels(indices.map { rows[$0].label }, columns: room)
            for (i, label) in zip(indices, fitted) { labels[i] = label }
        }
        return labels
    }

    /// One row: ` label…   cell cell cell `, one space of margin on each side. `label` is
    /// the row's label already fitted to its room (`fittedLabels`).
    static func drawRow(_ row: ListRow, label: String, row y: Int, col x: Int, width: Int, on screen: Screen, highlight: Bool) {
        let (labelWidth, cellWidths) = columns(of: row, width: width)
        if highlight { screen.putPadded("▸", row: y, col: x, width: width, role: .selected) }
        screen.put(TextWidth.pad(label, to: labelWidth), row: y, col: x + 1, width: labelWidth,
                   role: highlight ? .selected : row.labelRole)
        var c = x + 1 + labelWidth
        for (cell, w) in zip(row.cells, cellWidths) where !((cell.elastic || cell.droppable) && w == 0) {
            let text = cell.elastic ? TextWidth.suffix(cell.text, columns: w) : TextWidth.padLeft(cell.text, to: w)
            screen.put(" " + TextWidth.padLeft(text, to: w), row: y, col: c, width: w + 1, role: highlight ? .selected : cell.role)
            c += w + 1
        }
    }
}
