/// Word wrapping by terminal columns, for captions and messages on the wall.
enum TextWrap {
    /// Breaks at spaces; a word longer than the width is cut by `TextWidth.truncate`.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if TextWidth.width(candidate) > width && !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { TextWidth.truncate($0, to: width) }
    }
}
