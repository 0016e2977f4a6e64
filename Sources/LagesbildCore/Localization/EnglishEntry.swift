// The officer's entry, in English.
extension English {
    static func entry(_ e: EntryText) -> String {
        switch e {
        case .newTitle(let k): return "New " + entry(.kindName(k))
        case .amendTitle(let k, let d): return "Correct \(entry(.kindName(k))) \(d.iso)"
        case .kindName(let k):
            switch k {
            case .round: return "safety round"
            case .intervention: return "intervention"
            case .incident: return "incident"
            case .measure: return "measure"
            case .meeting: return "meeting"
            case .hotspot: return "hot spot"
            }
        case .fieldDate: return "Date"
        case .fieldStart: return "Start"
        case .fieldEnd: return "End"
        case .fieldTime: return "Time"
        case .fieldHotSpots: return "Hot spots"
        case .fieldHotSpot: return "Hot spot"
        case .fieldParticipants: return "Participants"
        case .fieldObservations: return "Observations"
        case .fieldNotes: return "Notes"
        case .fieldContacts: return "Citizen contacts"
        case .fieldInterventions: return "Interventions"
        case .fieldFollowUps: return "Follow-ups"
        case .fieldKind: return "Kind"
        case .fieldPlace: return "Other place"
        case .fieldOrganisation: return "Organisation"
        case .fieldResults: return "Results"
        case .fieldCategory: return "Category"
        case .fieldSource: return "Source"
        case .fieldText: return "Description"
        case .fieldWhat: return "What"
        case .fieldResponsible: return "Responsible"
        case .fieldDue: return "Due"
        case .fieldDecided: return "Decided"
        case .fieldStatus: return "Status"
        case .hintParticipants: return "e.g. polis=2 kommun=1 or p2 k1"
        case .hintFollowUps: return "what / responsible, Enter adds"
        case .fieldMinutes: return "Minutes per place"
        case .hintMinutes: return "optional, one per place: 15 10; else the round's time is split evenly"
        case .hintPicker: return "type to search"
        case .hintChecklist: return "digit or Space ticks"
        case .hintCounts: return "e.g. checks=40 reports=3"
        case .formHint: return "Ctrl-S/F2 save · Tab field · Enter choose · Space tick · Esc cancel"
        case .pickerQuery: return "Search"
        case .pickerNoMatch: return "no matches"
        case .nothingChosen: return "nothing chosen"
        case .problem(let p):
            switch p {
            case .invalidDate(let t): return "\"\(t)\" is not a date (YYYY-MM-DD)"
            case .invalidTime(let t): return "\"\(t)\" is not a time (HH:MM)"
            case .notANumber(let t): return "\"\(t)\" is not a whole number"
            case .required: return "must not be empty"
            case .unknownChoice(let t): return "unknown choice \"\(t)\""
            case .counts(let c):
                switch c {
                case .unknownName(let n): return "unknown name \"\(n)\" (write e.g. polis=2 kommun=1)"
                case .ambiguousName(let n): return "\"\(n)\" could mean several; type more letters"
                case .notANumber(let t): return "\"\(t)\": the count must be a whole number"
                }
            case .followUpNeedsResponsible(let t): return "\"\(t)\": write what / responsible"
            case .positionFormat(let v): return geo(.positionFormat(v))
            case .position(let p): return geo(.position(p))
            case .validation(let v): return text(.validation(v))
            }
        case .problemCount(let n): return n == 1 ? "1 problem to fix; everything you typed is kept" : "\(n) problems to fix; everything you typed is kept"
        case .confirmCancel: return "Throw away what you typed? y = yes · n = no, go on"
        case .resumeOffer(let k, let s): return "An unsaved draft exists: \(entry(.kindName(k))) \(s)"
        case .resumeKeys: return "Enter/y continue the draft · x discard it · n/Esc later"
        case .voidPrompt: return "Reason to void: "
        case .voidNeedsReason: return "Give a reason for voiding"
        case .saved(let k):
            switch k {
            case .round: return "The round is saved"
            case .intervention: return "The intervention is saved"
            case .incident: return "The incident is saved"
            case .measure: return "The measure is saved"
            case .meeting: return "The meeting is saved"
            case .hotspot: return "The hot spot is saved"
            }
        case .amended: return "The correction is saved"
        case .voided: return "The record is voided"
        case .draftKept: return "The draft is kept for the next start"
        case .notARound: return "Select a round in the list first"
        case .detailTime(let t): return "Time: \(t)"
        case .detailNoFollowUps: return "no follow-ups"
        case .history: return "History"
        case .historyLine(let a, let at, let author):
            let verb: String
            switch a {
            case .recorded: verb = "recorded"
            case .amended: verb = "corrected"
            case .voided: verb = "voided"
            }
            return "\(at)  \(verb) by \(author)"
        case .historyReason(let r): return "reason: \(r)"
        case .detailHint: return "e correct · d void · Esc back"
        case .detailVoided: return "VOIDED – not counted; its last content is shown below"
        case .detailHintVoided: return "Voided · Esc back"
        case .alreadyVoided: return "The round is voided and cannot be corrected or voided again"
        }
    }
}
