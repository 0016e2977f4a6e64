/// An in-memory screen: a grid of cells whose rows read back as text, so a test can
/// compare a panel with the expected lines and check the role of a cell.
public final class GridScreen: Screen {
    public private(set) var rows: Int
    public private(set) var cols: Int
    /// One grapheme per cell; the cell after a wide character holds "" (its right half).
    private var cells: [[String]]
    private var roles: [[StyleRole]]
    public private(set) var cursor: (row: Int, col: Int)?

    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        cells = Array(repeating: Array(repeating: " ", count: cols), count: rows)
        roles = Array(repeating: Array(repeating: .normal, count: cols), count: rows)
    }

    /// Simulates a terminal resize; the next frame is drawn at the new size.
    public func resize(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
        clear()
    }

    public func clear() {
        cells = Array(repeating: Array(repeating: " ", count: cols), count: rows)
        roles = Array(repeating: Array(repeating: .normal, count: cols), count: rows)
        cursor = nil
    }

    public func put(_ text: String, row: Int, col: Int, role: StyleRole) {
        guard row >= 0, row < rows else { return }
        var c = col
        for ch in text {
            let w = TextWidth.width(ch)
            if w == 0 {
                // A lone zero-width grapheme joins the previous cell, as on a terminal.
                if c > 0 { cells[row][c - 1] += String(ch) }
                continue
            }
            guard c >= 0, c + w <= cols else { break }
            cells[row][c] = String(ch)
            roles[row][c] = role
            if w == 2 {
                cells[row][c + 1] = ""
                roles[row][c + 1] = role
            }
            c += w
        }
    }

    public func placeCursor(row: Int, col: Int) { cursor = (row, col) }
    public func hideCursor() { cursor = nil }

    /// Row `r` as text, trailing spaces kept.
    public func line(_ r: Int) -> String { cells[r].joined() }

    /// All rows, trailing spaces trimmed, for readable comparisons.
    public var lines: [String] { (0..<rows).map { trimTrailing(line($0)) } }

    public var text: String { lines.joined(separator: "\n") }

    /// The text of a rectangle, rows trailing-trimmed; cells split by a wide character are dropped.
    public func lines(in rect: Rect) -> [String] {
        (rect.row..<rect.bottom).map { r in
            trimTrailing(cells[r][rect.col..<min(cols, rect.right)].joined())
        }
    }

    public func role(row: Int, col: Int) -> StyleRole { roles[row][col] }

    private func trimTrailing(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}
