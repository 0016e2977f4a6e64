import LagesbildCore

/// Draws a form in a frame: a label column, each field's value (a line editor, the chosen
/// options, a checklist, a list of items), each field's problem beside it or wrapped under
/// it, the message and hint lines, and an open picker over the fields below it. Scrolls so
/// the focused field shows, and places the terminal cursor where typing goes.
public enum FormView {
    struct Segment {
        var col: Int
        var text: String
        var role: StyleRole
    }

    /// The rows of one field, columns absolute; `cursor` is (row in block, column).
    struct Block {
        var rows: [[Segment]] = [[]]
        var cursor: (row: Int, col: Int)?
    }

    /// `compact` puts the fields on consecutive rows (a round has ten); otherwise a blank
    /// row separates them.
    /// `question` is what Esc asks when something was typed.
    public static func draw(_ form: FormState, hint: String, in rect: Rect, on screen: Screen, compact: Bool = false,
                            question: String = "") {
        screen.fill(rect)
        screen.box(rect, title: form.title, role: .focusedFrame, titleRole: .focusedFrame)
        let inner = rect.inner
        let labelWidth = (form.fields.map { TextWidth.width($0.label) }.max() ?? 0) + 1
        let editorCol = inner.col + 2 + labelWidth + 1
        let right = inner.right - 1
        let editorWidth = max(4, min(40, right - editorCol - 1))
        let blocks = form.fields.indices.map { i in
            block(form, i, labelCol: inner.col + 2, labelWidth: labelWidth, editorCol: editorCol,
                  editorWidth: editorWidth, right: right, spaced: !compact)
        }

        // Scroll so the focused field (and the picker's first rows) fit above the message line.
        let top = inner.row + (compact ? 0 : 1)
        let height = max(1, inner.bottom - 2 - top)
        var starts: [Int] = []
        var total = 0
        for b in blocks { starts.append(total); total += b.rows.count }
        let focusStart = starts.indices.contains(form.focus) ? starts[form.focus] : 0
        let focusEnd = focusStart + (blocks.indices.contains(form.focus) ? blocks[form.focus].rows.count : 1)
        let wanted = form.picker == nil ? focusEnd : focusStart + min(height, 6)
        let offset = max(0, min(focusStart, wanted - height))

        for (i, b) in blocks.enumerated() {
            for (r, row) in b.rows.enumerated() {
                let y = top + starts[i] + r - offset
                guard y >= top, y < top + height else { continue }
                for s in row { screen.put(s.text, row: y, col: s.col, width: right - s.col, role: s.role) }
            }
            if i == form.focus, form.picker == nil, let c = b.cursor {
                let y = top + starts[i] + c.row - offset
                if y >= top, y < top + height { screen.placeCursor(row: y, col: c.col) }
            }
        }
        if form.picker != nil {
            drawPicker(form, below: top + focusStart - offset, col: editorCol - 1, bottom: top + height,
                       width: min(56, right - editorCol + 2), on: screen)
        }
        if form.confirmingCancel {
            screen.put(question, row: inner.bottom - 2, col: inner.col + 2, width: inner.width - 4, role: .warning)
        } else if let message = form.message {
            screen.put(TextWidth.sanitize(message), row: inner.bottom - 2, col: inner.col + 2, width: inner.width - 4, role: .error)
        } else if let notice = form.notice {
            screen.put(TextWidth.sanitize(notice), row: inner.bottom - 2, col: inner.col + 2, width: inner.width - 4, role: .warning)
        }
        screen.put(hint, row: inner.bottom - 1, col: inner.col + 2, width: inner.width - 4, role: .dim)
    }

    static func block(_ form: FormState, _ i: Int, labelCol: Int, labelWidth: Int, editorCol: Int, editorWidth: Int,
                      right: Int, spaced: Bool) -> Block {
        let field = form.fields[i]
        let focused = i == form.focus
        var b = Block()
        b.rows[0].append(Segment(col: labelCol, text: TextWidth.pad(field.label + ":", to: labelWidth),
                                 role: focused ? .title : .normal))
        var end = editorCol
        // Where a note goes: after the value, inside the editor's room when the text is short.
        var noteCol = editorCol
        switch field.control {
        case .text, .list:
            // A field being typed in follows its cursor; the others show how they begin.
            let shown = focused ? field.editor.visible(width: editorWidth)
                : (text: TextWidth.truncate(TextWidth.sanitize(field.editor.text), to: editorWidth), cursorColumn: 0)
            b.rows[0].append(Segment(col: editorCol, text: TextWidth.pad(shown.text, to: editorWidth), role: .input))
            b.cursor = (0, editorCol + shown.cursorColumn)
            end = editorCol + editorWidth
            noteCol = shown.text.isEmpty ? editorCol : editorCol + TextWidth.width(shown.text) + 2
            for item in field.chosen { b.rows.append([Segment(col: editorCol, text: "• " + TextWidth.sanitize(item), role: .normal)]) }
        case .picker(let options, _):
            let names = field.chosen.map { id in options.first { $0.id == id }?.label ?? id }
            let text = TextWidth.sanitize(names.joined(separator: ", "))
            let width = min(right - editorCol, max(editorWidth, TextWidth.width(text)))
            b.rows[0].append(Segment(col: editorCol, text: TextWidth.pad(TextWidth.truncate(text, to: width), to: editorWidth), role: .input))
            b.cursor = (0, editorCol)
            end = editorCol + max(editorWidth, min(width, TextWidth.width(text)))
            noteCol = text.isEmpty ? editorCol : end + 2
        case .checklist(let options):
            // Items flow over as many rows as they need: `[x] 2 klotter`.
            var col = editorCol
            for (n, option) in options.enumerated() {
                let mark = field.chosen.contains(option.id) ? "[x]" : "[ ]"
                let text = "\(mark) \(n + 1) \(option.label)"
                let w = TextWidth.width(text)
                if col > editorCol, col + w > right { b.rows.append([]); col = editorCol }
                let role: StyleRole = focused && n == field.highlight ? .selected : (field.chosen.contains(option.id) ? .good : .normal)
                b.rows[b.rows.count - 1].append(Segment(col: col, text: text, role: role))
                if focused && n == field.highlight { b.cursor = (b.rows.count - 1, col + 1) }
                col += w + 2
            }
            end = right
        }
        // A note (hint or what was understood) after the value when it fits.
        if let note = field.note, field.error == nil, field.control != .checklist(options: field.options) {
            let col = noteCol + TextWidth.width(note) <= right ? noteCol : end + 2
            if col + TextWidth.width(note) <= right {
                b.rows[0].append(Segment(col: col, text: TextWidth.sanitize(note), role: .dim))
            }
        }
        // The problem goes beside the field when it fits, otherwise wrapped on the lines under it.
        if let error = field.error {
            let note = "! " + TextWidth.sanitize(error)
            if b.rows.count == 1, end + 2 + TextWidth.width(note) <= right {
                b.rows[0].append(Segment(col: end + 2, text: note, role: .error))
            } else {
                for line in wrap(note, width: right - editorCol) { b.rows.append([Segment(col: editorCol, text: line, role: .error)]) }
            }
        }
        if spaced && !(field.error != nil && b.rows.count > 1) { b.rows.append([]) }
        return b
    }

    static func drawPicker(_ form: FormState, below row: Int, col: Int, bottom: Int, width: Int, on screen: Screen) {
        guard let picker = form.picker, width > 10 else { return }
        let field = form.fields[form.focus]
        let matches = form.pickerMatches
        let room = bottom - row - 1
        guard room >= 3 else { return }
        let height = min(room, max(3, matches.count + 3))
        let rect = Rect(row: row + 1, col: col, height: height, width: width)
        screen.fill(rect)
        screen.box(rect, title: field.label, role: .focusedFrame, titleRole: .focusedFrame)
        let inner = rect.inner
        let prompt = "› "
        let shown = picker.query.visible(width: inner.width - 3)
        screen.putPadded(prompt + shown.text, row: inner.row, col: inner.col + 1, width: inner.width - 2, role: .input)
        screen.placeCursor(row: inner.row, col: inner.col + 1 + TextWidth.width(prompt) + shown.cursorColumn)
        if matches.isEmpty {
            screen.put("–", row: inner.row + 1, col: inner.col + 1, width: inner.width - 2, role: .dim)
        }
        let visible = max(1, inner.height - 1)
        let first = max(0, picker.highlight - visible + 1)
        for (n, option) in matches.dropFirst(first).prefix(visible).enumerated() {
            let mark = field.chosen.contains(option.id) ? "[x] " : "[ ] "
            let detail = option.detail.isEmpty ? "" : " · " + option.detail
            let role: StyleRole = first + n == picker.highlight ? .selected : .normal
            screen.putPadded(TextWidth.sanitize(mark + option.label + detail), row: inner.row + 1 + n, col: inner.col + 1,
                             width: inner.width - 2, role: role)
        }
    }

    /// Cuts text into lines of at most `width` columns, at spaces where it can.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 4 else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if TextWidth.width(candidate) <= width { line = candidate; continue }
            if !line.isEmpty { lines.append(line) }
            line = word
            while TextWidth.width(line) > width {
                let head = TextWidth.truncate(line, to: width, ellipsis: "")
                lines.append(head)
                line = String(line.dropFirst(head.count))
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
