import LagesbildCore

/// Draws a form in a frame: a label column, the editors, each field's problem beside it,
/// and the hint line. Places the terminal cursor in the focused field.
public enum FormView {
    public static func draw(_ form: FormState, hint: String, in rect: Rect, on screen: Screen) {
        screen.fill(rect)
        screen.box(rect, title: form.title, role: .focusedFrame, titleRole: .focusedFrame)
        let inner = rect.inner
        let labelWidth = (form.fields.map { TextWidth.width($0.label) }.max() ?? 0) + 1
        let editorCol = inner.col + 2 + labelWidth + 1
        let editorWidth = max(4, min(40, inner.right - editorCol - 2))
        var row = inner.row + 1
        for (i, field) in form.fields.enumerated() where row < inner.bottom - 2 {
            screen.put(TextWidth.pad(field.label + ":", to: labelWidth), row: row, col: inner.col + 2, width: labelWidth,
                       role: i == form.focus ? .title : .normal)
            let shown = field.editor.visible(width: editorWidth)
            screen.putPadded(shown.text, row: row, col: editorCol, width: editorWidth, role: .input)
            if i == form.focus { screen.placeCursor(row: row, col: editorCol + shown.cursorColumn) }
            // The problem goes beside the field when it fits, otherwise on the blank line under it.
            if let error = field.error {
                let note = "! " + error
                let besideCol = editorCol + editorWidth + 2
                if inner.right - besideCol - 1 >= TextWidth.width(note) {
                    screen.put(note, row: row, col: besideCol, width: inner.right - besideCol - 1, role: .error)
                } else {
                    screen.put(note, row: row + 1, col: editorCol, width: inner.right - editorCol - 1, role: .error)
                }
            }
            row += 2
        }
        if let message = form.message {
            screen.put(TextWidth.sanitize(message), row: inner.bottom - 2, col: inner.col + 2, width: inner.width - 4, role: .error)
        }
        screen.put(hint, row: inner.bottom - 1, col: inner.col + 2, width: inner.width - 4, role: .dim)
    }
}
