/// A one-line text editor: insert at the cursor, move by grapheme, Home/End,
/// Backspace/Delete, Ctrl-U. The cursor counts graphemes, so `å`, a decomposed `ö`
/// (which arrives as `o` then U+0308) and a wide `日` are each one step.
public struct LineEditor: Sendable, Equatable {
    public private(set) var text: String
    /// Graphemes before the cursor.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Applies a key; returns false when the key is not an editing key (the form handles it).
    @discardableResult
    public mutating func handle(_ key: KeyEvent) -> Bool {
        if case .character(let ch) = key {
            insert(ch)
            return true
        }
        switch KeyMap.action(for: key, in: .form) {
        case .charLeft: cursor = max(0, cursor - 1)
        case .charRight: cursor = min(text.count, cursor + 1)
        case .lineStart: cursor = 0
        case .lineEnd: cursor = text.count
        case .deleteBackward:
            guard cursor > 0 else { return true }
            let i = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: i)
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .clearLine:
            text = ""
            cursor = 0
        default:
            return false
        }
        return true
    }

    private mutating func insert(_ ch: Character) {
        // Appending a combining mark to the text before the cursor merges it into the
        // previous grapheme, so the new cursor is recounted rather than incremented.
        var before = String(text.prefix(cursor))
        let after = text.dropFirst(cursor)
        before.append(ch)
        cursor = before.count
        text = before + after
        // The merged text can regroup at the seam; keep the cursor inside it.
        cursor = min(cursor, text.count)
    }

    /// What to draw in `width` cells and the cursor's column in it, scrolled so the cursor shows.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let chars = Array(TextWidth.sanitize(String(text.prefix(cursor))))
        let rest = Array(TextWidth.sanitize(String(text.dropFirst(cursor))))
        // Drop graphemes from the left until the cursor fits in the last column.
        var start = 0
        var beforeWidth = chars.reduce(0) { $0 + TextWidth.width($1) }
        while beforeWidth > width - 1 && start < chars.count {
            beforeWidth -= TextWidth.width(chars[start])
            start += 1
        }
        let shown = String(chars[start...]) + String(rest)
        return (TextWidth.truncate(shown, to: width, ellipsis: ""), beforeWidth)
    }
}
