import LagesbildCore

/// Replaces the layout when the terminal is below the minimum: says how big it is and what is needed.
public enum TooSmallView {
    /// `question`: what `q` asked while the view is hidden (throw away what was typed?), shown under the message.
    public static func draw(cols: Int, rows: Int, language: Language, on screen: Screen, question: String? = nil) {
        var message = language(.dashboard(.tooSmall(cols: cols, rows: rows, neededCols: Layout.minimumCols,
                                                     neededRows: Layout.minimumRows)))
        if let question { message += " " + question }
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

    /// What a key does while this message hides the view: the keys that would act on a form
    /// or a list nobody can see are dropped; a resize, the idle tick, `q` and Ctrl-C (to
    /// leave, asking first when something was typed) and the answer to that question act.
    public enum Hidden {
        /// Handle the key as usual.
        case pass
        /// Leave: `q` or Ctrl-C.
        case leave
        /// Drop it.
        case drop
    }

    public static func hiddenKey(_ key: KeyEvent, asking: Bool) -> Hidden {
        switch key {
        case .resize, .timeout: return .pass
        case .character("q"), .control("c"): return asking ? .pass : .leave
        default:
            if asking, let a = KeyMap.action(for: key, in: .prompt), a == .accept || a == .decline { return .pass }
            return .drop
        }
    }
}
