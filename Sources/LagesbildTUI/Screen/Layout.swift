/// Where everything goes for a screen size: pure arithmetic, tested on its own.
public enum Layout: Equatable, Sendable {
    /// The dashboard needs this much room; below it a message replaces the layout.
    public static let minimumCols = 80
    public static let minimumRows = 24

    case tooSmall(cols: Int, rows: Int)
    case dashboard(DashboardFrame)

    /// The focus-area panel keeps at least this many columns when the hot spots take room by content.
    public static let minimumFocusWidth = 26

    /// `hotSpotWidth`: how wide the hot-spot panel would be with every name whole (its
    /// content); given, the panel gets that room as far as the others' minima allow, and the
    /// promises the rest. Without it the fixed shares below.
    public static func compute(rows: Int, cols: Int, hotSpotWidth: Int? = nil) -> Layout {
        guard rows >= minimumRows, cols >= minimumCols else { return .tooSmall(cols: cols, rows: rows) }
        let body = Rect(row: 1, col: 0, height: rows - 2, width: cols)
        let widths: [Int]
        if let want = hotSpotWidth {
            // Width by content: the activity rows are short (a name, figures, a sparkline);
            // the hot spots (the chair's first look) as wide as their longest name needs; the
            // promises, whose texts are long and wrap poorly anyway, what is left.
            let activities = max(22, cols / 4)
            let hotSpots = max(28, min(want, cols - activities - minimumFocusWidth))
            widths = [cols - activities - hotSpots, hotSpots, activities]
        } else {
            // The activity rows are short, so that panel takes a little over a quarter; the hot
            // spots a third; the promises the rest.
            let activities = max(23, (cols * 28 + 99) / 100)
            let hotSpots = max(28, cols / 3)
            widths = [cols - activities - hotSpots, hotSpots, activities]
        }
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
