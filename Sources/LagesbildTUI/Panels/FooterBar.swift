import LagesbildCore

/// The bottom line: key hints read from the key table, or a message or prompt in their place.
public enum FooterBar {
    /// `? hjälp  q avsluta  Tab nästa panel …`, as many hints as fit.
    public static func hints(scope: KeyScope, language: Language, width: Int) -> [(key: String, label: String)] {
        var out: [(String, String)] = []
        var used = 1
        for b in KeyMap.bindings(in: scope) {
            guard let footerLabel = b.footerLabel else { continue }
            let key = b.footerKey.map { language(.dashboard($0)) } ?? b.keys.first?.label ?? ""
            let label = language(.dashboard(footerLabel))
            let w = TextWidth.width(key) + 1 + TextWidth.width(label) + 2
            // The gap after a hint may fall off the edge; its text may not.
            if used + w - 2 > width { break }
            out.append((key, label))
            used += w
        }
        return out
    }

    public static func drawHints(scope: KeyScope, language: Language, in rect: Rect, on screen: Screen) {
        screen.putPadded("", row: rect.row, col: rect.col, width: rect.width, role: .hint)
        var c = rect.col + 1
        for (key, label) in hints(scope: scope, language: language, width: rect.width) {
            screen.put(key, row: rect.row, col: c, width: rect.right - c, role: .hintKey)
            c += TextWidth.width(key) + 1
            screen.put(label, row: rect.row, col: c, width: rect.right - c, role: .hint)
            c += TextWidth.width(label) + 2
        }
    }

    public static func drawMessage(_ text: String, role: StyleRole, in rect: Rect, on screen: Screen) {
        screen.putPadded(" " + TextWidth.sanitize(text), row: rect.row, col: rect.col, width: rect.width, role: role)
    }
}
