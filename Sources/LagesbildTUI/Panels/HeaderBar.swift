/// The top line: plan, period and ISO week on the left, a status note and the clock on the right.
public enum HeaderBar {
    /// The title (which period is shown) keeps its room first; the note (a filter, read-only,
    /// missing data) gets what is left, cut with an ellipsis, and the clock always shows.
    public static func draw(title: String, note: String, clock: String, in rect: Rect, on screen: Screen) {
        screen.putPadded("", row: rect.row, col: rect.col, width: rect.width, role: .header)
        let left = " " + title
        let clockPart = clock + " "
        let noteRoom = rect.width - TextWidth.width(left) - TextWidth.width(clockPart) - 4
        let shownNote = note.isEmpty || noteRoom < 2 ? "" : TextWidth.truncate(note, to: noteRoom)
        let right = (shownNote.isEmpty ? "" : shownNote + "  ") + clockPart
        let rightWidth = TextWidth.width(right)
        screen.put(left, row: rect.row, col: rect.col, width: max(0, rect.width - rightWidth - 1), role: .header)
        screen.put(right, row: rect.row, col: rect.right - min(rightWidth, rect.width), width: rect.width, role: .header)
    }
}
