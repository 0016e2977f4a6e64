extension DetailModel {
    /// The model as drawn `width` cells wide: each line with a hanging indent becomes as many
    /// lines as its text needs, so scrolling and paging count what is on screen.
    public func wrapped(width: Int) -> DetailModel {
        guard width > 8, lines.contains(where: { $0.hangingIndent != nil && TextWidth.width($0.text) > width }) else {
            return self
        }
        var out: [DetailLine] = []
        for line in lines {
            guard let indent = line.hangingIndent, TextWidth.width(line.text) > width else {
                out.append(line)
                continue
            }
            let hang = min(indent, width / 2)
            let pieces = DetailModel.wrap(line.text, first: width, rest: width - hang, maxLines: line.maxLines)
            for (n, piece) in pieces.enumerated() {
                var part = line
                part.text = n == 0 ? piece : String(repeating: " ", count: hang) + piece
                part.hangingIndent = nil
                if n > 0 { part.target = nil }
                out.append(part)
            }
        }
        return DetailModel(title: title, lines: out)
    }

    /// A text longer than this many lines (a pasted document, not a note) shows its
    /// beginning and `…`: the view stays quick and the rest is in the journal.
    public static let maximumLines = 200

    /// Breaks text at spaces into a first line of `first` cells and further lines of `rest`;
    /// a word longer than a line is cut where it must be. One pass over the text, so a
    /// megabyte of it costs what reading it once costs.
    static func wrap(_ text: String, first: Int, rest: Int, maxLines: Int = maximumLines) -> [String] {
        var lines: [String] = []
        var current: [Character] = []
        var widths: [Int] = []
        var used = 0
        var lastSpace: Int?
        func room() -> Int { max(1, lines.isEmpty ? first : rest) }
        for ch in text {
            let w = TextWidth.width(ch)
            if used + w > room(), !current.isEmpty {
                if ch == " " {
                    // The line is full just before a space: break there and drop it.
                    lines.append(String(current))
                    (current, widths, used, lastSpace) = ([], [], 0, nil)
                    if lines.count == maxLines { return cut(lines, room: room()) }
                    continue
                }
                if let space = lastSpace, space > 0 {
                    lines.append(String(current[..<space]))
                    current = Array(current[(space + 1)...])
                    widths = Array(widths[(space + 1)...])
                } else {
                    lines.append(String(current))
                    current = []
                    widths = []
                }
                used = widths.reduce(0, +)
                lastSpace = current.lastIndex(of: " ")
                if lines.count == maxLines { return cut(lines, room: lines.count == 1 ? first : rest) }
            }
            if ch == " " { lastSpace = current.count }
            current.append(ch)
            widths.append(w)
            used += w
        }
        lines.append(String(current))
        return lines
    }

    /// Lines that stop before the text does: the last one ends with `…`.
    private static func cut(_ lines: [String], room: Int) -> [String] {
        var lines = lines
        lines[lines.count - 1] = TextWidth.truncate(lines[lines.count - 1] + "…", to: room)
        return lines
    }
}
