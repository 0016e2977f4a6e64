import Foundation
import LagesbildCore

/// A single entry form on its own (`lagesbild round`): offers a left-behind draft first,
/// then runs one form and finishes after a save or a cancel. Drawn on any `Screen`, so
/// tests drive it like the dashboard.
public final class EntryApp {
    public enum Phase: Equatable {
        case offer(EntryDraft)
        case form
        case finished(saved: JournalEvent?)
    }

    public private(set) var phase: Phase
    public private(set) var session: EntrySession?
    public let language: Language
    private let kind: RecordKind
    private let plan: Plan
    private let today: Day
    private let now: ClockTime
    private let sink: EventSink
    private let drafts: DraftKeeper?
    private var pendingDrafts: [EntryDraft]
    /// The years with a plan; a date outside them is said on the form (nil: not checked).
    private let plannedYears: Set<Int>?
    /// Converts typed positions (PROJ, from the executable).
    public var positions: (any CoordinateConverter)?

    public init(kind: RecordKind, plan: Plan, sink: EventSink, drafts: DraftKeeper?, language: Language,
                today: Day, now: ClockTime, plannedYears: Set<Int>? = nil) {
        self.plannedYears = plannedYears
        self.kind = kind
        self.plan = plan
        self.sink = sink
        self.drafts = drafts
        self.language = language
        self.today = today
        self.now = now
        pendingDrafts = drafts.map { EntryDraft.all(in: $0) } ?? []
        phase = .form
        nextStep()
    }

    public var isFinished: Bool {
        if case .finished = phase { return true }
        return false
    }

    /// The next draft to offer, or a new form when none is left.
    private func nextStep() {
        if let draft = pendingDrafts.first {
            phase = .offer(draft)
            return
        }
        let form = EntryForm(new: kind, plan: plan, today: today, now: now, language: language)
        session = EntrySession(form, plan: plan, today: today, language: language, sink: sink, drafts: drafts)
        session?.plannedYears = plannedYears
        session?.positions = positions
        phase = .form
    }

    /// True when the last frame was too small to show the form (see `TooSmallView.hiddenKey`).
    private var hidden = false

    public func handle(_ key: KeyEvent) {
        if hidden {
            switch TooSmallView.hiddenKey(key, asking: session?.form.confirmingCancel ?? false) {
            case .drop: return
            case .pass: break
            case .leave:
                // As Esc in the form: asks first when something was typed; the offer simply ends.
                if case .form = phase, let session {
                    if session.handle(.escape) == .cancelled { phase = .finished(saved: nil) }
                } else {
                    phase = .finished(saved: nil)
                }
                return
            }
        }
        switch phase {
        case .finished: return
        case .offer(let draft):
            switch KeyMap.action(for: key, in: .prompt) {
            case .accept:
                pendingDrafts.removeAll()
                let form = EntryForm(draft: draft, plan: plan, today: today, now: now, language: language)
                session = EntrySession(form, plan: plan, today: today, language: language, sink: sink, drafts: drafts)
        session?.plannedYears = plannedYears
        session?.positions = positions
                phase = .form
            case .discardDraft:
                try? drafts?.discardDraft(name: draft.name)
                pendingDrafts.removeFirst()
                nextStep()
            case .decline:
                // Kept for later; a fresh form now.
                pendingDrafts.removeAll()
                nextStep()
            default: break
            }
        case .form:
            guard let session else { return }
            switch session.handle(key) {
            case .editing: break
            case .cancelled: phase = .finished(saved: nil)
            case .saved(let event): phase = .finished(saved: event)
            }
        }
    }

    public func render(on screen: Screen) {
        screen.clear()
        screen.hideCursor()
        let layout = Layout.compute(rows: screen.rows, cols: screen.cols)
        if case .tooSmall = layout { hidden = true } else { hidden = false }
        switch layout {
        case .tooSmall(let cols, let rows):
            let asking = session?.form.confirmingCancel ?? false
            TooSmallView.draw(cols: cols, rows: rows, language: language, on: screen,
                              question: asking ? language(.entry(.confirmCancel)) : nil)
        case .dashboard(let frame):
            HeaderBar.draw(title: "Lägesbild · " + TextWidth.sanitize(plan.municipality) + " \(plan.year)", note: "",
                           clock: "", in: frame.header, on: screen)
            switch phase {
            case .offer(let draft):
                screen.box(frame.body)
                ResumeOfferView.draw(draft, plan: plan, language: language, frame: frame, on: screen)
                FooterBar.drawHints(scope: .prompt, language: language, in: frame.footer, on: screen)
            case .form, .finished:
                if let session {
                    EntryView.draw(session.form, language: language, in: frame.body, on: screen)
                }
                FooterBar.drawHints(scope: .form, language: language, in: frame.footer, on: screen)
            }
        }
    }
}
