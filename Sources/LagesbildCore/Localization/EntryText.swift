/// The words of the officer's entry: the forms for rounds, interventions, incidents and
/// measures, drafts, corrections and the round's detail view.
public enum EntryText: Sendable, Equatable {
    // Titles
    case newTitle(RecordKind)
    case amendTitle(RecordKind, Day)
    case kindName(RecordKind)

    // Field labels
    case fieldDate, fieldStart, fieldEnd, fieldTime, fieldHotSpots, fieldHotSpot, fieldParticipants
    case fieldObservations, fieldNotes, fieldContacts, fieldInterventions, fieldFollowUps
    case fieldKind, fieldPlace, fieldOrganisation, fieldResults, fieldCategory, fieldSource, fieldText
    case fieldWhat, fieldResponsible, fieldDue, fieldDecided, fieldStatus

    // Hints shown beside empty or focused fields
    case hintParticipants
    case hintFollowUps
    case fieldMinutes, hintMinutes
    case hintPicker
    case hintChecklist
    case hintCounts
    case formHint
    case pickerQuery
    case pickerNoMatch
    case nothingChosen

    // Problems
    case problem(EntryProblem)
    case problemCount(Int)

    // Prompts and messages
    case confirmCancel
    case resumeOffer(kind: RecordKind, summary: String)
    case resumeKeys
    case voidPrompt
    case voidNeedsReason
    case saved(RecordKind)
    case amended(RecordKind)
    case voided(RecordKind)
    case draftKept
    case notARound

    // Round detail
    case detailTime(String)
    case detailNoFollowUps
    case history
    case historyLine(action: EventAction, at: String, author: String)
    case historyReason(String)
    case detailHint
    /// A voided round's detail view: what it is and the one key left.
    case detailVoided
    case detailHintVoided
    /// `e` or `d` on a voided round.
    case alreadyVoided
}
