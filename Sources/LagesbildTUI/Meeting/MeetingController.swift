import Foundation
import LagesbildCore

/// What a key did to the meeting view.
public enum MeetingOutcome: Sendable, Equatable {
    case stay
    /// Back to the dashboard, with a line for its footer (the minutes written, say).
    case leave(message: String?)
}

/// The weekly EST meeting on one screen: the agenda in order, with keys to mark follow-ups,
/// make new places hot spots, record decisions and close the meeting. Every change is
/// appended to the journal the moment it is made, so leaving or a crash loses nothing; only
/// closing writes the meeting event and the minutes.
public final class MeetingController {
    enum Mode: Equatable {
        case agenda
        case decision(FormState)
        case hotSpot(FormState, place: NewPlace)
        case close(FormState)
        /// The meeting's keys, from the key table, over the agenda.
        case help
    }

    public private(set) var session: MeetingSession { didSet { madeLines = nil } }
    public private(set) var plan: Plan { didSet { madeLines = nil } }
    public let language: Language
    let sink: EventSink?
    let minutesWriter: MinutesWriter?
    let readOnly: Bool
    let now: () -> Date
    /// Called with every event appended, so the dashboard shows it at once.
    let applied: (JournalEvent) -> Void

    private(set) var mode: Mode = .agenda
    /// Index into `selectable` of the selected line.
    public private(set) var selected = 0
    var scrollTop = 0
    var pageSize = 10
    public private(set) var message: (text: String, role: StyleRole)?
    private(set) var placeSpots: [String: String] = [:] { didSet { madeLines = nil } }
    /// The agenda's lines as last made: every key reads them several times, and at a
    /// million records making them takes most of a second.
    private var madeLines: [MeetingLine]?
    /// The records as of the agenda, for filing a new hot spot's reports there (a copy of
    /// the ledger shares its tables; its incidents are listed only when one is made).
    private var recordsAtAgenda: Ledger
    private var placeSpotIDs: [String: String] = [:]
    /// What the agenda was made from: the ledger's revision and the plan as the folder has it.
    private var madeFrom: (revision: Int, plan: Plan)
    /// How many times the agenda was made; only a change in the data makes it again.
    private(set) var agendaMade = 1

    public init(plan: Plan, ledger: Ledger, today: Day, sink: EventSink?, minutesWriter: MinutesWriter?,
                language: Language, readOnly: Bool = false, now: @escaping () -> Date = Date.init,
                applied: @escaping (JournalEvent) -> Void = { _ in }) {
        self.plan = plan.merging(ledger)
        session = MeetingSession(agenda: MeetingAgenda.make(plan: plan, ledger: ledger, date: today))
        recordsAtAgenda = ledger
        madeFrom = (ledger.revision, plan)
        // Decisions already recorded today and in no closed meeting: the chair left the
        // view and came back; the minutes still list them.
        let minuted = Set(ledger.meetings.values.flatMap { $0.decisions.map(\.measureID) })
        session.decisions = ledger.measures.values.filter { $0.decided == today && !minuted.contains($0.id) }
            .sorted { $0.what != $1.what ? $0.what < $1.what : UUID.textOrdered($0.id, $1.id) }
        self.language = language
        self.sink = sink
        self.minutesWriter = minutesWriter
        self.readOnly = readOnly
        self.now = now
        self.applied = applied
    }

    private func M(_ t: MeetingText) -> String { language(.meeting(t)) }

    /// Makes the agenda again when the records changed since it was made (the ledger's
    /// revision moved: a partner import, a round saved elsewhere, this meeting's own marks)
    /// or the plan did; `replaced` says the ledger was read again from scratch, which may
    /// bring its revision back to an earlier number. Otherwise nothing is recomputed, so a
    /// key press costs no more than before. What the meeting did stays on the agenda
    /// (`MeetingSession.update`), and the selection stays on the line it was on.
    public func follow(_ ledger: Ledger, plan sourcePlan: Plan, replaced: Bool = false) {
        guard replaced || ledger.revision != madeFrom.revision || sourcePlan != madeFrom.plan else { return }
        let target = selectedTarget
        madeFrom = (ledger.revision, sourcePlan)
        agendaMade += 1
        plan = sourcePlan.merging(ledger).merging(addedHotSpots: session.addedHotSpots)
        session.update(to: MeetingAgenda.make(plan: sourcePlan, ledger: ledger, date: session.agenda.date), measures: ledger.measures)
        recordsAtAgenda = ledger
        let targets = lines.compactMap(\.target)
        selected = target.flatMap { targets.firstIndex(of: $0) } ?? max(0, min(selected, targets.count - 1))
    }

    public var lines: [MeetingLine] {
        if let madeLines { return madeLines }
        let made = MeetingLines(session: session, plan: plan, placeSpots: placeSpots, language: language).lines()
        madeLines = made
        return made
    }

    /// Indexes into `lines` of the lines that can be selected.
    var selectable: [Int] {
        let all = lines
        return all.indices.filter { all[$0].target != nil }
    }

    public var selectedTarget: MeetingLine.Target? {
        let all = lines, picks = all.indices.filter { all[$0].target != nil }
        return picks.indices.contains(selected) ? all[picks[selected]].target : nil
    }

    var canRecord: Bool { !readOnly && sink != nil }

    // MARK: Keys

    /// True when the last frame was too small to show the meeting (see `TooSmallView.hiddenKey`).
    var hidden = false

    /// The open form's state, for the question `q` asks while the view is hidden.
    var openForm: FormState? {
        switch mode {
        case .decision(let f), .hotSpot(let f, _), .close(let f): return f
        default: return nil
        }
    }

    public func handle(_ key: KeyEvent) -> MeetingOutcome {
        if key == .timeout || key == .resize { return .stay }
        if hidden {
            switch TooSmallView.hiddenKey(key, asking: openForm?.confirmingCancel ?? false) {
            case .drop: return .stay
            case .pass: break
            // As Esc: a form asks first when something was typed; the agenda is left.
            case .leave: return handleVisible(.escape)
            }
        }
        return handleVisible(key)
    }

    private func handleVisible(_ key: KeyEvent) -> MeetingOutcome {
        message = nil
        switch mode {
        case .agenda: return handleAgenda(key)
        case .help:
            // Any key closes the overview of keys; it is a glance, not a place to work.
            mode = .agenda
        case .decision(var form):
            switch form.handle(key) {
            case .cancel: mode = .agenda
            case .editing: mode = .decision(form)
            case .submit: submitDecision(form)
            }
        case .hotSpot(var form, let place):
            switch form.handle(key) {
            case .cancel: mode = .agenda
            case .editing: mode = .hotSpot(form, place: place)
            case .submit: submitHotSpot(form, place: place)
            }
        case .close(var form):
            switch form.handle(key) {
            case .cancel: mode = .agenda
            case .editing: mode = .close(form)
            case .submit: return submitClose(form)
            }
        }
        return .stay
    }

    private func handleAgenda(_ key: KeyEvent) -> MeetingOutcome {
        guard let action = KeyMap.action(for: key, in: .meeting) else { return .stay }
        let count = selectable.count
        switch action {
        case .back, .quit: return .leave(message: nil)
        case .help: mode = .help
        case .up: selected = max(0, selected - 1)
        case .down: selected = max(0, min(count - 1, selected + 1))
        case .pageUp: selected = max(0, selected - max(1, pageSize - 1))
        case .pageDown: selected = max(0, min(count - 1, selected + max(1, pageSize - 1)))
        case .first: selected = 0
        case .last: selected = max(0, count - 1)
        case .nextPanel: nextSection()
        case .markDone: mark(.done)
        case .markOngoing: mark(.ongoing)
        case .markCancelled: mark(.cancelled)
        case .makeHotSpot: openHotSpotForm()
        case .newDecision:
            guard requireWritable() else { break }
            mode = .decision(MeetingForms.decision(plan: plan, today: session.agenda.date, hotSpot: contextHotSpot, language: language))
        case .closeMeeting:
            guard requireWritable() else { break }
            mode = .close(MeetingForms.close(week: session.agenda.date.isoWeek.week, language: language))
        default: break
        }
        return .stay
    }

    /// Moves the selection to the first selectable line of the next section that has one.
    private func nextSection() {
        let all = lines, picks = selectable
        guard !picks.isEmpty else { return }
        let current = picks.indices.contains(selected) ? all[picks[selected]].section : 0
        selected = picks.firstIndex { all[$0].section > current } ?? 0
    }

    /// The hot spot a new decision is most likely about: the selected follow-up's, or the
    /// hot spot the selected place just became.
    private var contextHotSpot: String? {
        switch selectedTarget {
        case .measure(let id)?: return session.agenda.followUps.first { $0.id == id }?.hotSpot
        case .place(let name)?: return placeSpotIDs[name]
        case .hotSpot(let id)?: return id
        case .decision(let id?)?: return session.decisions.first { $0.id == id }?.hotSpot
        case .decision(nil)?, nil: return nil
        }
    }

    private func requireWritable() -> Bool {
        if canRecord { return true }
        message = (M(.readOnly), .warning)
        return false
    }

    private func append(_ event: JournalEvent) -> Bool {
        guard let sink else { return false }
        do {
            try sink.append(event)
            applied(event)
            return true
        } catch {
            message = (M(.saveFailed(language.describe(error))), .error)
            return false
        }
    }

    private func mark(_ status: MeasureStatus) {
        guard case .measure(let id)? = selectedTarget, let measure = session.agenda.followUps.first(where: { $0.id == id }) else {
            message = (M(.notAMeasure), .warning)
            return
        }
        guard requireWritable() else { return }
        var next = session
        let event = next.mark(measure, status, author: sink!.author, at: now())
        if append(event) {
            session = next
            message = (M(.markSaved(status)), .good)
        }
    }

    private func openHotSpotForm() {
        guard case .place(let name)? = selectedTarget,
              let place = (session.agenda.newPlaces + session.agenda.clusters).first(where: { $0.name == name }) else {
            message = (M(.notAPlace), .warning)
            return
        }
        guard placeSpots[name] == nil, requireWritable() else { return }
        mode = .hotSpot(MeetingForms.hotSpot(place: place, plan: plan, language: language), place: place)
    }

    private func submitHotSpot(_ form: FormState, place: NewPlace) {
        var form = form
        let name = form.value("name").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            form.setErrors(["name": M(.required)])
            mode = .hotSpot(form, place: place)
            return
        }
        var next = session
        let events = next.addHotSpot(place: place, name: name, locality: form.value("locality").trimmingCharacters(in: .whitespaces),
                                     incidents: Array(recordsAtAgenda.incidents.values), author: sink!.author, at: now(), existingKeys: Set(plan.hotSpots.map(\.id)))
        guard let first = events.first, append(first), case .hotSpot(let added)? = first.record else {
            mode = .hotSpot(form, place: place)
            return
        }
        // The hot spot stands on its own; filing the incidents there follows it.
        for event in events.dropFirst() where !append(event) { break }
        session = next
        plan = plan.merging(addedHotSpots: [added])
        placeSpots[place.name] = added.name
        placeSpotIDs[place.name] = added.key
        mode = .agenda
        message = (M(.hotSpotSaved(added.name)), .good)
    }

    private func submitDecision(_ form: FormState) {
        var form = form
        switch MeetingForms.measure(form, plan: plan, today: session.agenda.date, language: language) {
        case .failure(let errors):
            form.setErrors(errors.byField)
            mode = .decision(form)
        case .success(let measure):
            var next = session
            let event = next.decide(measure, author: sink!.author, at: now())
            guard append(event) else { mode = .decision(form); return }
            session = next
            mode = .agenda
            message = (M(.decisionSaved), .good)
        }
    }

    private func submitClose(_ form: FormState) -> MeetingOutcome {
        var next = session
        next.present = form.value("present").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        next.notes = form.value("notes").trimmingCharacters(in: .whitespaces)
        let closing = next.close(municipality: plan.municipality, plan: plan, author: sink!.author, at: now())
        guard append(closing.event) else { mode = .close(form); return .stay }
        session = next
        mode = .agenda
        do {
            let paths = try minutesWriter?.write(closing.minutes.documents(language: language)) ?? []
            return .leave(message: M(.closed(paths: paths)))
        } catch {
            // The meeting is recorded; only the files failed. Say so and stay, so the chair can retry.
            message = (M(.saveFailed(language.describe(error))), .error)
            return .stay
        }
    }
}
