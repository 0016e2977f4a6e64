/// What a piece of text means on screen. The curses adapter maps each role to a colour
/// pair and attributes (or to attributes only in monochrome); tests read it back from
/// the grid. Meaning is never carried by colour alone: every role that matters also
/// comes with a mark or a word in the text.
public enum StyleRole: Sendable, Equatable, CaseIterable {
    case normal
    case header
    case frame
    case title
    case focusedFrame
    case selected
    case dim
    case good
    case warning
    case bad
    case hintKey
    case hint
    case input
    case error
}

/// A rectangle of cells.
public struct Rect: Sendable, Equatable {
    public var row: Int
    public var col: Int
    public var height: Int
    public var width: Int

    public init(row: Int, col: Int, height: Int, width: Int) {
        self.row = row
        self.col = col
        self.height = height
        self.width = width
    }

    public var bottom: Int { row + height }
    public var right: Int { col + width }

    /// The area inside a one-cell frame.
    public var inner: Rect { Rect(row: row + 1, col: col + 1, height: max(0, height - 2), width: max(0, width - 2)) }
}

/// The one surface everything draws on: the terminal in the program, a grid of cells
/// in tests.
public protocol Screen: AnyObject {
    var rows: Int { get }
    var cols: Int { get }
    /// Blanks the whole screen before a frame is drawn.
    func clear()
    /// Writes already sanitized text at a cell; the caller keeps it within the screen.
    func put(_ text: String, row: Int, col: Int, role: StyleRole)
    /// Where the terminal cursor should rest (a form's caret), or nil to hide it.
    func placeCursor(row: Int, col: Int)
    func hideCursor()
}

extension Screen {
    /// Writes `text` cut to `width` cells; nothing lands outside the screen.
    public func put(_ text: String, row: Int, col: Int, width: Int, role: StyleRole = .normal) {
        guard row >= 0, row < rows, col >= 0, col < cols else { return }
        let room = min(width, cols - col)
        guard room > 0 else { return }
        put(TextWidth.truncate(text, to: room), row: row, col: col, role: role)
    }

    /// Writes `text` padded to exactly `width` cells, so a role's background spans the area.
    public func putPadded(_ text: String, row: Int, col: Int, width: Int, role: StyleRole = .normal) {
        put(TextWidth.pad(text, to: min(width, cols - col)), row: row, col: col, width: width, role: role)
    }

    public func fill(_ rect: Rect, role: StyleRole = .normal) {
        let blank = String(repeating: " ", count: max(0, rect.width))
        for r in rect.row..<max(rect.row, rect.bottom) { put(blank, row: r, col: rect.col, width: rect.width, role: role) }
    }

    /// A single-line frame with an optional title in the top edge.
    public func box(_ rect: Rect, title: String = "", role: StyleRole = .frame, titleRole: StyleRole = .title) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let line = String(repeating: "─", count: rect.width - 2)
        put("┌" + line + "┐", row: rect.row, col: rect.col, width: rect.width, role: role)
        for r in rect.row + 1..<rect.bottom - 1 {
            put("│", row: r, col: rect.col, width: 1, role: role)
            put("│", row: r, col: rect.right - 1, width: 1, role: role)
        }
        put("└" + line + "┘", row: rect.bottom - 1, col: rect.col, width: rect.width, role: role)
        if !title.isEmpty && rect.width > 4 {
            put(" " + TextWidth.truncate(title, to: rect.width - 6) + " ", row: rect.row, col: rect.col + 2,
                width: rect.width - 4, role: titleRole)
        }
    }
}
