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

    /// The hints of the given actions of the dashboard's key table, in that order, as many as
    /// fit: what a view other than the overview offers (`s spara rapporten  Esc tillbaka …`).
    public static func hints(actions: [KeyAction], language: Language, width: Int) -> [(key: String, label: String)] {
        var out: [(String, String)] = []
        var used = 1
        for action in actions {
            guard let b = KeyMap.binding(for: action, in: .dashboard) else { continue }
            let key = b.footerKey.map { language(.dashboard($0)) } ?? b.keys.first?.label ?? ""
            let label = language(.dashboard(b.footerLabel ?? b.label))
            let w = TextWidth.width(key) + 1 + TextWidth.width(label) + 2
            if used + w - 2 > width { break }
            out.append((key, label))
            used += w
        }
        return out
    }

    public static func drawHints(scope: KeyScope, language: Language, in rect: Rect, on screen: Screen) {
        draw(hints(scope: scope, language: language, width: rect.width), in: rect, on: screen)
    }

    public static func drawHints(actions: [KeyAction], language: Language, in rect: Rect, on screen: Screen) {
        draw(hints(actions: actions, language: language, width: rect.width), in: rect, on: screen)
    }

    private static func draw(_ hints: [(key: String, label: String)], in rect: Rect, on screen: Screen) {
        screen.putPadded("", row: rect.row, col: rect.col, width: rect.width, role: .hint)
        var c = rect.col + 1
        for (key, label) in hints {
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
