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
            let pieces = DetailModel.wrap(line.text, first: width, rest: width - hang)
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

    /// Breaks text at spaces into a first line of `first` cells and further lines of `rest`;
    /// a word longer than a line is cut where it must be.
    static func wrap(_ text: String, first: Int, rest: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        // Empty words are the extra spaces of the text's own layout (`2023-11-11  runda`): kept.
        var started = false
        func room() -> Int { lines.isEmpty ? first : rest }
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = started ? line + " " + word : word
            if TextWidth.width(candidate) <= room() {
                line = candidate
                started = true
                continue
            }
            if started {
                lines.append(line)
                line = ""
            }
            var word = word
            while TextWidth.width(word) > room() {
                let head = TextWidth.truncate(word, to: room(), ellipsis: "")
                guard !head.isEmpty else { break }
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            line = word
            started = true
        }
        if started || lines.isEmpty { lines.append(line) }
        return lines
    }
}
