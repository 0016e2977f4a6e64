import Foundation
import LagesbildCore

/// The officer's part of the dashboard: new records (n, i, H), resuming drafts, and
/// correcting (e) or voiding (d) a round from its detail view.
extension DashboardApp {
    var helpMaxScroll: Int {
        HelpOverlay.maxScroll(language: language, bodyHeight: bodyHeight, bodyWidth: bodyWidth, problems: problemLines)
    }

    /// Offers the first draft left behind (by a crash, a closed terminal, or "later").
    func offerNextDraft() {
        guard canRecord, plan != nil, let drafts, let draft = EntryDraft.all(in: drafts).first else { return }
        baseMode = .overview
        mode = .resumeOffer(draft)
    }

    func handleEntryMode(_ key: KeyEvent) {
        switch mode {
        case .entryForm:
            guard let entry else { mode = baseMode; return }
            switch entry.handle(key) {
            case .editing: break
            case .cancelled:
                self.entry = nil
                mode = baseMode
            case .saved(let event):
                // Shown at once; the same event read back later is ignored by id.
                ledger.apply([event])
                dataRevision += 1
                self.entry = nil
                mode = baseMode
                message = (language(.entry(event.action == .amended ? .amended(event.kind) : .saved(event.kind))), .good)
            }
        case .resumeOffer(let draft):
            switch KeyMap.action(for: key, in: .prompt) {
            case .accept: resume(draft)
            case .discardDraft:
                try? drafts?.discardDraft(name: draft.name)
                mode = baseMode
                offerNextDraft()
            case .decline:
                mode = baseMode
                message = (language(.entry(.draftKept)), .warning)
            default: break
            }
        case .voidPrompt(let id, var editor):
            if case .character = key {
                editor.handle(key)
                mode = .voidPrompt(id, editor)
                return
            }
            switch KeyMap.action(for: key, in: .prompt) {
            case .accept: void(id, reason: editor.text)
            case .decline: mode = baseMode
            default:
                editor.handle(key)
                mode = .voidPrompt(id, editor)
            }
        default: break
        }
    }

    private func resume(_ draft: EntryDraft) {
        guard let plan, let sink else { mode = baseMode; return }
        let form = EntryForm(draft: draft, plan: plan, today: today, now: timeOfDay(), language: language)
        entry = EntrySession(form, plan: plan, today: today, language: language, sink: sink, drafts: drafts)
        entry?.plannedYears = sourcePlans.map { Set($0.years) }
        entry?.positions = options.positions
        mode = .entryForm
    }

    /// Opens a new record's form. It starts on `hotSpot`, or on the hot spot whose
    /// drill-down is open.
    func openEntry(_ kind: RecordKind, hotSpot: String? = nil) {
        guard canRecord else {
            message = (language(.dashboard(.readOnly)), .warning)
            return
        }
        guard let plan, let sink else { return }
        var form = EntryForm(new: kind, plan: plan, today: today, now: timeOfDay(), language: language)
        if let hotSpot { form.preselect(hotSpot: hotSpot) }
        else if case .detail(.hotSpot(let id), _) = mode { form.preselect(hotSpot: id) }
        baseMode = mode
        entry = EntrySession(form, plan: plan, today: today, language: language, sink: sink, drafts: drafts)
        entry?.plannedYears = sourcePlans.map { Set($0.years) }
        entry?.positions = options.positions
        mode = .entryForm
    }

    /// The round on screen: the one whose detail is open, or the selected line of a list of rounds.
    private var roundInView: UUID? {
        guard case .detail(let target, _) = mode else { return nil }
        if case .round(let id) = target { return id }
        if let i = detailSelection, let line = detail(target)?.lines[safe: i], case .round(let id)? = line.target { return id }
        return nil
    }

    func amendShownRound() {
        guard canRecord else { message = (language(.dashboard(.readOnly)), .warning); return }
        if refuseVoidedRound() { return }
        guard let id = roundInView, let round = ledger.rounds[id], let plan, let sink else {
            message = (language(.entry(.notARound)), .warning)
            return
        }
        let form = EntryForm(amending: .round(round), plan: plan, today: today, now: timeOfDay(), language: language)
        baseMode = mode
        entry = EntrySession(form, plan: plan, today: today, language: language, sink: sink, drafts: drafts)
        entry?.plannedYears = sourcePlans.map { Set($0.years) }
        entry?.positions = options.positions
        mode = .entryForm
    }

    func startVoid() {
        guard canRecord else { message = (language(.dashboard(.readOnly)), .warning); return }
        if refuseVoidedRound() { return }
        guard let id = roundInView, ledger.rounds[id] != nil else {
            message = (language(.entry(.notARound)), .warning)
            return
        }
        baseMode = mode
        mode = .voidPrompt(id, LineEditor())
    }

    /// A voided round is shown for its history; `e` and `d` say why they do nothing.
    private func refuseVoidedRound() -> Bool {
        guard let id = roundInView, ledger.rounds[id] == nil, ledger.hasHistory(id) else { return false }
        message = (language(.entry(.alreadyVoided)), .warning)
        return true
    }

    private func void(_ id: UUID, reason: String) {
        let reason = reason.trimmingCharacters(in: .whitespaces)
        guard let sink else { mode = baseMode; return }
        guard !reason.isEmpty else {
            message = (language(.entry(.voidNeedsReason)), .warning)
            return
        }
        let event = JournalEvent.void(.round, id, reason: reason, author: sink.author, at: Date())
        do {
            try sink.append(event)
            ledger.apply([event])
            dataRevision += 1
            mode = baseMode
            message = (language(.entry(.voided(.round))), .good)
        } catch {
            message = (language(.dashboard(.saveFailed(language.describe(error)))), .bad)
        }
    }

    /// Enter on a selected round line opens that round; Esc comes back to the list.
    func openSelectedLine() {
        guard case .detail(let target, _) = mode, let i = detailSelection,
              let next = detail(target)?.lines[safe: i]?.target else { return }
        detailParent = (mode, detailSelection)
        detailSelection = nil
        mode = .detail(next, scroll: 0)
    }

    /// ↑/↓ in a drill-down that lists rounds select a round; past the first or last they scroll.
    /// A drill-down that lists rounds opens with the first of them selected, so Enter opens
    /// it at once; none when the list starts below the first page, where it cannot be seen.
    func firstSelectableLine(_ target: ListRow.Target) -> Int? {
        guard let first = detail(target)?.lines.firstIndex(where: { $0.target != nil }), first < pageSize else { return nil }
        return first
    }

    func moveDetailSelection(by delta: Int) {
        guard case .detail(let target, let scroll) = mode, let model = detail(target) else { return }
        let selectable = model.lines.indices.filter { model.lines[$0].target != nil }
        let limit = max(0, model.lines.count - pageSize)
        let current = detailSelection.flatMap { selectable.firstIndex(of: $0) }
        if let current, (delta > 0 && current == selectable.count - 1) || (delta < 0 && current == 0) {
            mode = .detail(target, scroll: max(0, min(limit, scroll + delta)))
            return
        }
        let next = current.map { max(0, min(selectable.count - 1, $0 + delta)) } ?? (delta > 0 ? 0 : selectable.count - 1)
        let line = selectable[next]
        detailSelection = line
        var s = scroll
        if line < s { s = line } else if line >= s + pageSize { s = line - pageSize + 1 }
        mode = .detail(target, scroll: max(0, min(limit, s)))
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
