import Foundation
import LagesbildCore

/// An entry form at work: keys go to the form, every change is kept as a draft, a save
/// validates and writes exactly one journal event, and the draft goes once the event is
/// durable (or the officer throws the form away). The dashboard and `lagesbild round`
/// both run forms through this.
public final class EntrySession {
    public enum Outcome: Equatable {
        case editing
        case saved(JournalEvent)
        case cancelled
    }

    public private(set) var entry: EntryForm
    public let plan: Plan
    public let today: Day
    public let language: Language
    private let sink: EventSink
    private let drafts: DraftKeeper?
    private let now: () -> Date
    /// The bytes last written for this form's draft, so an unchanged form is not rewritten.
    private var keptDraft: [UInt8]?
    /// The years that have a plan; a date outside them is said before saving (nil: not checked).
    public var plannedYears: Set<Int>? {
        didSet { noteUnplannedYear() }
    }

    /// Converts typed positions (PROJ, from the executable); nil refuses a typed position.
    public var positions: (any CoordinateConverter)?

    public init(_ entry: EntryForm, plan: Plan, today: Day, language: Language, sink: EventSink, drafts: DraftKeeper?,
                now: @escaping () -> Date = Date.init) {
        self.entry = entry
        self.plan = plan
        self.today = today
        self.language = language
        self.sink = sink
        self.drafts = drafts
        self.now = now
        keepDraft()
    }

    public var form: FormState { entry.form }

    public func handle(_ key: KeyEvent) -> Outcome {
        switch key {
        case .timeout, .resize: return .editing
        default: break
        }
        let outcome = entry.handle(key, language: language)
        switch outcome {
        case .editing:
            keepDraft()
            noteUnplannedYear()
            return .editing
        case .cancel:
            discardDraft()
            return .cancelled
        case .submit:
            return submit()
        }
    }

    /// Writes the draft when the form holds something typed and it changed since the last
    /// write. Called after every key, and once more before exiting on SIGTERM or SIGHUP.
    public func keepDraft() {
        guard let drafts else { return }
        let draft = entry.draft
        guard entry.form.isDirty else {
            // Typed back to what it was: an older draft would bring back text that is gone.
            if keptDraft != nil { discardDraft() }
            return
        }
        let bytes = draft.bytes
        guard bytes != keptDraft else { return }
        do {
            try drafts.saveDraft(name: draft.name, contents: bytes)
            keptDraft = bytes
        } catch {
            entry.form.message = language(.dashboard(.saveFailed(language.describe(error))))
        }
    }

    /// Says on the form when its date lies in a year without a plan: the record is saved and
    /// counted all the same, with nothing to set it against.
    func noteUnplannedYear() {
        guard let plannedYears, let date = Day(iso: entry.form.value(EntryKey.date).trimmingCharacters(in: .whitespaces)),
              !plannedYears.contains(date.year) else {
            entry.form.notice = nil
            return
        }
        entry.form.notice = language(.noPlanForDateShort(year: date.year))
    }

    public func discardDraft() {
        try? drafts?.discardDraft(name: entry.draft.name)
        keptDraft = nil
    }

    private func submit() -> Outcome {
        switch entry.record(plan: plan, today: today, language: language, positions: positions) {
        case .failure(let errors):
            entry.form.setErrors(errors.byField)
            entry.form.message = language(.entry(.problemCount(errors.byField.count)))
            keepDraft()
            return .editing
        case .success(let record):
            let event = JournalEvent(timestamp: now(), author: sink.author, action: entry.amending ? .amended : .recorded,
                                     record: record)
            do {
                try sink.append(event)
            } catch {
                entry.form.setErrors([:])
                entry.form.message = language(.dashboard(.saveFailed(language.describe(error))))
                keepDraft()
                return .editing
            }
            discardDraft()
            return .saved(event)
        }
    }
}
