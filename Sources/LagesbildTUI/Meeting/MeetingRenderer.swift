import LagesbildCore

/// Draws the meeting view: the agenda in a frame over the whole body, the selected line
/// marked with `▸` (not only by colour), an open form on top, hints or a message below.
extension MeetingController {
    public func render(on screen: Screen) {
        screen.clear()
        screen.hideCursor()
        let layout = Layout.compute(rows: screen.rows, cols: screen.cols)
        if case .tooSmall = layout { hidden = true } else { hidden = false }
        switch layout {
        case .tooSmall(let cols, let rows):
            let asking = openForm?.confirmingCancel ?? false
            TooSmallView.draw(cols: cols, rows: rows, language: language, on: screen,
                              question: asking ? language(.entry(.confirmCancel)) : nil)
        case .dashboard(let frame):
            draw(frame, on: screen)
        }
    }

    func draw(_ frame: DashboardFrame, on screen: Screen) {
        let title = language(.meeting(.title(week: session.agenda.date.isoWeek.week)))
        HeaderBar.draw(title: TextWidth.sanitize(title),
                       note: TextWidth.sanitize(language(.meeting(.meta(municipality: plan.municipality, date: session.agenda.date)))),
                       clock: "", in: frame.header, on: screen)
        drawAgenda(frame.body, on: screen)
        switch mode {
        case .agenda: break
        case .help:
            HelpOverlay.drawScope(.meeting, language: language, frame: frame, on: screen)
        case .decision(let form), .hotSpot(let form, _), .close(let form):
            // Esc after typing asks before throwing it away, in the words the round form uses.
            FormView.draw(form, hint: language(.meeting(.formHint)), in: frame.overlay(width: 76, height: 12), on: screen,
                          question: language(.entry(.confirmCancel)))
        }
        if let message {
            FooterBar.drawMessage(message.text, role: message.role, in: frame.footer, on: screen)
        } else {
            FooterBar.drawHints(scope: mode == .agenda || mode == .help ? .meeting : .form, language: language, in: frame.footer, on: screen)
        }
    }

    private func drawAgenda(_ rect: Rect, on screen: Screen) {
        screen.box(rect, title: language(.meeting(.title(week: session.agenda.date.isoWeek.week))),
                   role: .focusedFrame, titleRole: .focusedFrame)
        let inner = rect.inner
        let all = lines
        let picks = all.indices.filter { all[$0].target != nil }
        let chosen = picks.indices.contains(selected) ? picks[selected] : nil
        pageSize = max(1, inner.height)
        var top = scrollTop
        if let chosen {
            if chosen < top { top = max(0, chosen - 1) }
            if chosen >= top + inner.height { top = chosen - inner.height + 1 }
            // The last selectable line shows whatever follows it too.
            if chosen == picks.last { top = max(top, all.count - inner.height) }
        }
        top = max(0, min(top, max(0, all.count - inner.height)))
        scrollTop = top
        for (offset, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
            let row = inner.row + offset
            if top + offset == chosen {
                screen.putPadded("▸ " + line.text, row: row, col: inner.col + 1, width: inner.width - 2, role: .selected)
            } else {
                let indent = line.target == nil ? "" : "  "
                screen.put(indent + line.text, row: row, col: inner.col + 1, width: inner.width - 2, role: line.role)
            }
        }
    }
}
