import LagesbildCore

/// Draws the officer's modes over the view they were opened from: the entry form over the
/// whole body, the resume offer as a box, the void reason on the footer line.
extension DashboardApp {
    func drawEntryMode(_ frame: DashboardFrame, on screen: Screen) {
        switch mode {
        case .entryForm:
            guard let entry else { return }
            EntryView.draw(entry.form, language: language, in: frame.body, on: screen)
        case .resumeOffer(let draft):
            ResumeOfferView.draw(draft, plan: plan, language: language, frame: frame, on: screen)
        default: break
        }
    }

    func drawEntryFooter(_ rect: Rect, on screen: Screen) {
        switch mode {
        case .voidPrompt(_, let editor):
            let prompt = language(.entry(.voidPrompt))
            let promptWidth = TextWidth.width(prompt) + 1
            screen.putPadded(" " + prompt, row: rect.row, col: rect.col, width: rect.width, role: .hint)
            let shown = editor.visible(width: rect.width - promptWidth - 1)
            screen.put(shown.text, row: rect.row, col: rect.col + promptWidth, width: rect.width - promptWidth, role: .input)
            screen.placeCursor(row: rect.row, col: rect.col + promptWidth + shown.cursorColumn)
        case .resumeOffer:
            FooterBar.drawHints(scope: .prompt, language: language, in: rect, on: screen)
        default:
            if let message { FooterBar.drawMessage(message.text, role: message.role, in: rect, on: screen) }
            else { FooterBar.drawHints(scope: .form, language: language, in: rect, on: screen) }
        }
    }
}

/// An entry form drawn over a whole area, in the compact layout a round's ten fields need.
public enum EntryView {
    public static func draw(_ form: FormState, language: Language, in rect: Rect, on screen: Screen) {
        FormView.draw(form, hint: language(.entry(.formHint)), in: rect, on: screen, compact: true,
                      question: language(.entry(.confirmCancel)))
    }
}

/// The question asked at start when a draft was left behind.
public enum ResumeOfferView {
    public static func draw(_ draft: EntryDraft, plan: Plan?, language: Language, frame: DashboardFrame, on screen: Screen) {
        let offer = language(.entry(.resumeOffer(kind: draft.kind, summary: draft.summary(plan: plan))))
        let keys = language(.entry(.resumeKeys))
        let width = min(frame.body.width - 4, max(TextWidth.width(offer), TextWidth.width(keys)) + 6)
        let lines = FormView.wrap(TextWidth.sanitize(offer), width: width - 6)
        let rect = frame.overlay(width: width, height: lines.count + 5)
        screen.fill(rect)
        screen.box(rect, title: language(.entry(.newTitle(draft.kind))), role: .focusedFrame, titleRole: .focusedFrame)
        for (i, line) in lines.enumerated() {
            screen.put(line, row: rect.row + 2 + i, col: rect.col + 3, width: rect.width - 6, role: .warning)
        }
        screen.put(keys, row: rect.bottom - 2, col: rect.col + 3, width: rect.width - 6, role: .dim)
    }
}
