/// Fixed-width columns for the plain-text report: one flexible column takes what the
/// others leave of the width, so the same table fits an 80-column terminal and a wider one.
struct TextTable {
    enum Align { case left, right }

    struct Column {
        /// nil for the one flexible column.
        var width: Int?
        var align: Align

        static func text(_ width: Int? = nil) -> Column { Column(width: width, align: .left) }
        static func number(_ width: Int) -> Column { Column(width: width, align: .right) }
    }

    var columns: [Column]
    var indent = 2
    var gap = 2

    /// The rows padded and cut to fit `width` columns in all.
    func lines(_ rows: [[String]], width: Int) -> [String] {
        let fixed = columns.compactMap(\.width).reduce(0, +) + gap * (columns.count - 1) + indent
        let flexible = max(8, width - fixed)
        return rows.map { row in
            var cells: [String] = []
            for (i, column) in columns.enumerated() {
                let cell = i < row.count ? row[i] : ""
                let w = column.width ?? flexible
                let last = i == columns.count - 1
                switch column.align {
                case .left: cells.append(last && cell.count <= w ? cell : SummaryText.fit(cell, w))
                case .right: cells.append(SummaryText.left(cell.count > w ? SummaryText.fit(cell, w) : cell, w))
                }
            }
            let line = String(repeating: " ", count: indent) + cells.joined(separator: String(repeating: " ", count: gap))
            return line.trimmingTrailingSpaces
        }
    }
}

/// Word wrapping for the summary sentences and long list lines.
enum WordWrap {
    /// `text` in lines of at most `width` characters: the first starts with `indent`, the
    /// rest with `continuation` (the same as `indent` unless given). A word longer than a
    /// line is cut, so no line ever runs past the width.
    static func lines(_ text: String, width: Int, indent: String, continuation: String? = nil) -> [String] {
        // Most texts fit on their first line: no more bytes than the room has characters, and
        // single spaces between words only (which the split below would collapse), give the
        // text back as it is without taking it apart into words.
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
           bytes.count <= max(10, width - indent.count), !WordWrap.hasDoubleSpace(bytes) {
            return [indent + text]
        }
        return lines(words(text), width: width, indent: indent, continuation: continuation)
    }

    /// The words of `text` between spaces, each with its length in characters. Where every
    /// space has a plain neighbour on both sides (`joinsNoSpace`), no space joins one in a
    /// character, so the words are cut at the space bytes and only a word with other letters
    /// is counted by characters; elsewhere the text is split by characters (a mark after a
    /// space, say).
    private static func words(_ text: String) -> [(word: Substring, count: Int)] {
        var previous: Unicode.Scalar = " ", plain = true
        for scalar in text.unicodeScalars {
            if (previous == " " && !joinsNoSpace(scalar)) || (scalar == " " && !joinsNoSpace(previous)) { plain = false; break }
            previous = scalar
        }
        guard plain else { return text.split(separator: " ").map { ($0, $0.count) } }
        return text.utf8.split(separator: 0x20).map { slice in
            let word = Substring(slice)
            // ASCII is a character a byte, but for "\r\n", one character of two bytes.
            return (word, slice.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? slice.count : word.count)
        }
    }

    /// Letters and signs that never extend a character nor prefix the next (Unicode's
    /// grapheme rules, UAX #29: Extend, SpacingMark, ZWJ and Prepend lie elsewhere): ASCII,
    /// Latin letters, and the dashes, dots, quotes, arrows and maths signs the report writes.
    static func joinsNoSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20...0x7E, 0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x22FF: return true
        default: return false
        }
    }

    private static func lines(_ words: [(word: Substring, count: Int)], width: Int, indent: String, continuation: String?) -> [String] {
        var out: [String] = []
        var line = ""
        // Lengths are counted once and kept: counting a line's characters again for every
        // word made a long report's text quadratic.
        var lineCount = 0
        let (indentCount, continuationCount) = (indent.count, (continuation ?? indent).count)
        func prefix() -> String { out.isEmpty ? indent : (continuation ?? indent) }
        func room() -> Int { max(10, width - (out.isEmpty ? indentCount : continuationCount)) }
        for (whole, count) in words {
            var word = whole
            var wordCount = count
            if !line.isEmpty && lineCount + 1 + wordCount <= room() {
                line += " "
                line += word
                lineCount += 1 + wordCount
                continue
            }
            if !line.isEmpty { out.append(prefix() + line); (line, lineCount) = ("", 0) }
            while wordCount > room() {
                // What is cut off is what was put on the line, whichever prefix it had.
                let cut = room()
                out.append(prefix() + word.prefix(cut))
                word = word.dropFirst(cut)
                wordCount -= cut
            }
            (line, lineCount) = (String(word), wordCount)
        }
        if !line.isEmpty { out.append(prefix() + line) }
        return out
    }

    private static func hasDoubleSpace(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for b in bytes {
            if b == 0x20 && previous == 0x20 { return true }
            previous = b
        }
        return false
    }
}

extension String {
    /// The text without the spaces it ends with. Cut at the bytes when what comes before
    /// the spaces cannot join the first of them in one character (`WordWrap.joinsNoSpace`),
    /// else by characters.
    var trimmingTrailingSpaces: String {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        guard end < bytes.endIndex else { return self }
        if end > bytes.startIndex, !WordWrap.joinsNoSpace(unicodeScalars[unicodeScalars.index(before: end)]) {
            return String(reversed().drop { $0 == " " }.reversed())
        }
        return String(self[..<end])
    }
}
