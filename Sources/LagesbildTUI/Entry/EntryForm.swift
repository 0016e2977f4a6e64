import Foundation
import LagesbildCore

/// An open entry form of any kind: a new record, or a correction of a saved one (same
/// record id, saved as an `amended` event). Pure state; `EntrySession` adds saving.
public struct EntryForm: Sendable, Equatable {
    public let kind: RecordKind
    public let recordID: UUID
    /// True when correcting a saved record.
    public let amending: Bool
    public var form: FormState

    /// A new, empty form with its defaults (today, the last hour, the given hot spot).
    public init(new kind: RecordKind, plan: Plan, today: Day, now: ClockTime, language: Language,
                hotSpot: String? = nil, recordID: UUID = UUID()) {
        self.kind = kind
        self.recordID = recordID
        amending = false
        let set = EntryForm.fieldSet(kind, plan: plan, today: today, now: now, language: language, hotSpot: hotSpot, keeping: [])
        form = FormState(title: language(.entry(.newTitle(kind))), fields: set.fields, focus: set.focus)
        refreshNotes(language: language)
    }

    /// A form pre-filled with a saved record, to correct it.
    public init(amending record: Record, plan: Plan, today: Day, now: ClockTime, language: Language) {
        kind = record.kind
        recordID = record.id
        amending = true
        let fields = EntryFields(record: record)
        let spots = fields.chosen(EntryKey.hotSpots) + fields.chosen(EntryKey.hotSpot)
        let set = EntryForm.fieldSet(kind, plan: plan, today: today, now: now, language: language, hotSpot: nil, keeping: spots)
        form = FormState(title: language(.entry(.amendTitle(kind, record.day))), fields: set.fields, focus: set.focus)
        form.restore(fields)
        form.pristine = form.entryFields
        refreshNotes(language: language)
    }

    /// A form as a draft left it: everything typed is back, and the cursor where it was.
    public init(draft: EntryDraft, plan: Plan, today: Day, now: ClockTime, language: Language) {
        kind = draft.kind
        recordID = draft.recordID
        amending = draft.amending
        let spots = draft.fields.chosen(EntryKey.hotSpots) + draft.fields.chosen(EntryKey.hotSpot)
        let set = EntryForm.fieldSet(kind, plan: plan, today: today, now: now, language: language, hotSpot: nil, keeping: spots)
        let title = draft.amending ? language(.entry(.amendTitle(kind, Day(iso: draft.fields.text(EntryKey.date)) ?? today)))
                                   : language(.entry(.newTitle(kind)))
        form = FormState(title: title, fields: set.fields, focus: set.focus)
        // What the form held before the draft: a resumed draft counts as typed, so Esc asks.
        form.restore(draft.fields)
        if form.fields.indices.contains(draft.focus) { form.focus = draft.focus }
        refreshNotes(language: language)
    }

    static func fieldSet(_ kind: RecordKind, plan: Plan, today: Day, now: ClockTime, language: Language,
                         hotSpot: String?, keeping: [String]) -> (fields: [FormField], focus: Int) {
        switch kind {
        case .round: return EntryFieldSets.round(plan: plan, today: today, now: now, language: language, keeping: keeping)
        case .intervention: return EntryFieldSets.intervention(plan: plan, today: today, language: language, keeping: keeping)
        case .incident: return EntryFieldSets.incident(plan: plan, today: today, now: now, language: language, keeping: keeping)
        case .measure: return EntryFieldSets.measure(plan: plan, today: today, language: language, hotSpot: hotSpot, keeping: keeping)
        case .meeting, .hotspot: return ([], 0)  // recorded by the meeting view, not by entry forms
        }
    }

    /// Applies a key, then updates the notes that echo what was understood.
    public mutating func handle(_ key: KeyEvent, language: Language) -> FormOutcome {
        let outcome = form.handle(key)
        refreshNotes(language: language)
        return outcome
    }

    /// The record the fields describe, or every problem by field key, in words.
    public func record(plan: Plan, today: Day, language: Language,
                       positions: (any CoordinateConverter)? = nil) -> Result<Record, FormErrors> {
        switch EntryBuilder(plan: plan, today: today, positions: positions).build(kind, id: recordID, form.entryFields) {
        case .success(let record): return .success(record)
        case .failure(let problems):
            var byField: [String: String] = [:]
            for (field, problem) in problems.items {
                // A problem about a field the form does not show (a measure's decision date) goes to the first field.
                let key = form.field(field) != nil ? field : form.fields[0].key
                let text = language(.entry(.problem(problem)))
                byField[key] = byField[key].map { $0 + "; " + text } ?? text
            }
            return .failure(FormErrors(byField: byField))
        }
    }

    /// Participants and result counts echo what was understood (`polis 2, kommun 1`), so a
    /// typo shows before saving; an empty field shows how to write it.
    mutating func refreshNotes(language: Language) {
        guard let i = form.fields.firstIndex(where: { $0.key == EntryKey.participants }) else { return }
        let typed = form.fields[i].value
        if typed.trimmingCharacters(in: .whitespaces).isEmpty {
            form.fields[i].note = language(.entry(.hintParticipants))
        } else if case .success(let counts) = CountList.parse(typed, names: EntryBuilder.organisationNames) {
            form.fields[i].note = "= " + counts.compactMap { c in
                Organisation(rawValue: c.key).map { language(.organisation($0)) + " \(c.count)" }
            }.joined(separator: ", ")
        } else {
            form.fields[i].note = "?"
        }
    }

    /// The draft that keeps this form on disk.
    public var draft: EntryDraft {
        EntryDraft(kind: kind, recordID: recordID, amending: amending, fields: form.entryFields, focus: form.focus)
    }
}

extension EntryForm {
    /// Starts the form on a hot spot (opened from its drill-down). Counts as a default, not
    /// as typing: Esc closes without asking and no draft is written for it alone.
    public mutating func preselect(hotSpot id: String) {
        guard let i = form.fields.firstIndex(where: { $0.key == EntryKey.hotSpots || $0.key == EntryKey.hotSpot }) else { return }
        form.fields[i].chosen = [id]
        form.pristine = form.entryFields
        if form.focus == i { form.focus = min(i + 1, form.fields.count - 1) }
    }
}
