import LagesbildCore

/// Replaces the layout when the terminal is below the minimum: says how big it is and what is needed.
public enum TooSmallView {
    public static func draw(cols: Int, rows: Int, language: Language, on screen: Screen) {
        let message = language(.dashboard(.tooSmall(cols: cols, rows: rows, neededCols: Layout.minimumCols,
                                                     neededRows: Layout.minimumRows)))
        // Wrap at word boundaries into the width we have.
        var lines: [String] = []
        var current = ""
        for word in message.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if TextWidth.width(candidate) > max(1, cols - 2) && !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        let top = max(0, (rows - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < rows {
            let w = TextWidth.width(line)
            screen.put(line, row: top + i, col: max(0, (cols - w) / 2), width: cols, role: .warning)
        }
    }
}
