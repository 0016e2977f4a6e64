/// Where everything goes for a screen size: pure arithmetic, tested on its own.
public enum Layout: Equatable, Sendable {
    /// The dashboard needs this much room; below it a message replaces the layout.
    public static let minimumCols = 80
    public static let minimumRows = 24

    case tooSmall(cols: Int, rows: Int)
    case dashboard(DashboardFrame)

    public static func compute(rows: Int, cols: Int) -> Layout {
        guard rows >= minimumRows, cols >= minimumCols else { return .tooSmall(cols: cols, rows: rows) }
        let body = Rect(row: 1, col: 0, height: rows - 2, width: cols)
        // The activity rows are short (a name, figures, a sparkline), so that panel takes a
        // little over a quarter; the hot spots (the chair's first look) a third; the promises,
        // whose text is the longest, the rest.
        let activities = max(23, (cols * 28 + 99) / 100)
        let hotSpots = max(28, cols / 3)
        let widths = [cols - activities - hotSpots, hotSpots, activities]
        var col = 0
        var panels: [Rect] = []
        for w in widths {
            panels.append(Rect(row: body.row, col: col, height: body.height, width: w))
            col += w
        }
        return .dashboard(DashboardFrame(header: Rect(row: 0, col: 0, height: 1, width: cols),
                                         panels: panels, body: body,
                                         footer: Rect(row: rows - 1, col: 0, height: 1, width: cols)))
    }
}

/// The rectangles of the dashboard: header line, three panels side by side, footer line.
public struct DashboardFrame: Equatable, Sendable {
    public var header: Rect
    /// Focus areas, hot spots, activities; left to right.
    public var panels: [Rect]
    /// The area under the header and over the footer: drill-down views and forms use all of it.
    public var body: Rect
    public var footer: Rect

    /// A centred box of at most `width`×`height` inside the body, for overlays.
    public func overlay(width: Int, height: Int) -> Rect {
        let w = min(width, body.width - 2), h = min(height, body.height)
        return Rect(row: body.row + (body.height - h) / 2, col: body.col + (body.width - w) / 2, height: h, width: w)
    }
}
