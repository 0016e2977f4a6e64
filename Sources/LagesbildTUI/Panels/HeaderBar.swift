/// The top line: plan, period and ISO week on the left, a status note and the clock on the right.
public enum HeaderBar {
    public static func draw(title: String, note: String, clock: String, in rect: Rect, on screen: Screen) {
        screen.putPadded("", row: rect.row, col: rect.col, width: rect.width, role: .header)
        let right = (note.isEmpty ? "" : note + "  ") + clock + " "
        let rightWidth = TextWidth.width(right)
        screen.put(" " + title, row: rect.row, col: rect.col, width: max(0, rect.width - rightWidth - 1), role: .header)
        screen.put(right, row: rect.row, col: rect.right - min(rightWidth, rect.width), width: rect.width, role: .header)
    }
}
