import LagesbildCore

/// The `?` overlay: every binding of the key table, the overview's keys in one column
/// and the forms' keys in the other, so all of them fit at the minimum size of 80×24.
public enum HelpOverlay {
    /// The lines of one column: a heading, then `keys  label` per binding.
    public static func column(_ scope: KeyScope, language: Language) -> [DetailLine] {
        let heading: DashboardText = scope == .dashboard ? .helpSectionDashboard : .helpSectionForm
        let bindings = KeyMap.bindings(in: scope)
        let keyWidth = bindings.map { TextWidth.width($0.keyLabel) }.max() ?? 0
        return [DetailLine(language(.dashboard(heading)), role: .title)]
            + bindings.map { DetailLine(TextWidth.pad($0.keyLabel, to: keyWidth) + "  " + language(.dashboard($0.label))) }
    }

    /// Both columns, for a test or a narrow fallback: every binding appears once.
    public static func lines(language: Language) -> [DetailLine] {
        column(.dashboard, language: language) + column(.form, language: language)
    }

    public static func draw(language: Language, scroll: Int, frame: DashboardFrame, on screen: Screen) {
        let left = column(.dashboard, language: language)
        let right = column(.form, language: language) + [DetailLine(""), DetailLine(language(.dashboard(.helpClose)), role: .dim)]
        let leftWidth = left.map { TextWidth.width($0.text) }.max() ?? 20
        let rightWidth = right.map { TextWidth.width($0.text) }.max() ?? 20
        let rect = frame.overlay(width: leftWidth + rightWidth + 7, height: max(left.count, right.count) + 2)
        screen.fill(rect)
        screen.box(rect, title: language(.dashboard(.helpTitle)), role: .focusedFrame, titleRole: .focusedFrame)
        let inner = rect.inner
        let rightCol = inner.col + 1 + leftWidth + 3
        for (offset, line) in left.dropFirst(max(0, scroll)).prefix(inner.height).enumerated() {
            screen.put(line.text, row: inner.row + offset, col: inner.col + 1, width: leftWidth, role: line.role)
        }
        for (offset, line) in right.dropFirst(max(0, scroll)).prefix(inner.height).enumerated() {
            screen.put(line.text, row: inner.row + offset, col: rightCol, width: inner.right - rightCol - 1, role: line.role)
        }
    }
}
