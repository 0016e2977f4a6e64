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
        if let lines = wrapLatin(text, first: first, rest: rest, maxLines: maxLines) { return lines }
        return wrapGraphemes(text, first: first, rest: rest, maxLines: maxLines)
    }

    /// `wrap` for text whose scalars are all below U+0300 and none an ASCII control (Swedish
    /// and the other Latin scripts, precomposed): each is a grapheme of its own there, so the
    /// same breaks are found over the UTF-8 bytes without breaking the text into graphemes.
    /// Nil for any other text (an ASCII control, a combining mark, another script).
    static func wrapLatin(_ text: String, first: Int, rest: Int, maxLines: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            // The byte offset where each scalar starts, and its width.
            var starts: [Int] = []
            var widths: [Int] = []
            starts.reserveCapacity(bytes.count)
            widths.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x20 && b < 0x7F {
                    starts.append(i); widths.append(1); i += 1
                } else if b >= 0xC2 && b < 0xCC, i + 1 < bytes.count {
                    let v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    starts.append(i); widths.append(TextWidth.width(Unicode.Scalar(v)!)); i += 2
                } else {
                    return nil
                }
            }
            starts.append(bytes.count)
            func piece(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[from]..<starts[to]]), as: UTF8.self)
            }
            var lines: [String] = []
            var lineStart = 0, used = 0
            var lastSpace: Int?
            func room() -> Int { max(1, lines.isEmpty ? first : rest) }
            var k = 0
            while k < widths.count {
                let w = widths[k]
                let space = bytes[starts[k]] == 0x20
                if used + w > room(), k > lineStart {
                    if space {
                        // The line is full just before a space: break there and drop it.
                        lines.append(piece(lineStart, k))
                        (lineStart, used, lastSpace) = (k + 1, 0, nil)
                        k += 1
                        if lines.count == maxLines { return cut(lines, room: room()) }
                        continue
                    }
                    if let at = lastSpace, at > lineStart {
                        lines.append(piece(lineStart, at))
                        lineStart = at + 1
                    } else {
                        lines.append(piece(lineStart, k))
                        lineStart = k
                    }
                    used = widths[lineStart..<k].reduce(0, +)
                    lastSpace = (lineStart..<k).last { bytes[starts[$0]] == 0x20 }
                    if lines.count == maxLines { return cut(lines, room: lines.count == 1 ? first : rest) }
                }
                if space { lastSpace = k }
                used += w
                k += 1
            }
            lines.append(piece(lineStart, widths.count))
            return lines
        }
    }

    /// `wrap` over graphemes, for any text.
    static func wrapGraphemes(_ text: String, first: Int, rest: Int, maxLines: Int = maximumLines) -> [String] {
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
