// The officer's entry, in Swedish.
extension Swedish {
    static func entry(_ e: EntryText) -> String {
        switch e {
        case .newTitle(let k): return "Ny " + entry(.kindName(k))
        case .amendTitle(let k, let d): return "Rätta \(entry(.kindName(k))) \(d.iso)"
        case .kindName(let k):
            switch k {
            case .round: return "trygghetsrunda"
            case .intervention: return "insats"
            case .incident: return "händelse"
            case .measure: return "åtgärd"
            case .meeting: return "möte"
            case .hotspot: return "plats"
            }
        case .fieldDate: return "Datum"
        case .fieldStart: return "Start"
        case .fieldEnd: return "Slut"
        case .fieldTime: return "Tid"
        case .fieldHotSpots: return "Platser"
        case .fieldHotSpot: return "Plats"
        case .fieldParticipants: return "Deltagare"
        case .fieldObservations: return "Iakttagelser"
        case .fieldNotes: return "Anteckningar"
        case .fieldContacts: return "Medborgarkontakter"
        case .fieldInterventions: return "Ingripanden"
        case .fieldFollowUps: return "Uppföljningar"
        case .fieldKind: return "Slag"
        case .fieldPlace: return "Annan plats"
        case .fieldOrganisation: return "Organisation"
        case .fieldResults: return "Resultat"
        case .fieldCategory: return "Kategori"
        case .fieldSource: return "Källa"
        case .fieldText: return "Beskrivning"
        case .fieldWhat: return "Vad"
        case .fieldResponsible: return "Ansvarig"
        case .fieldDue: return "Klart senast"
        case .fieldDecided: return "Beslutad"
        case .fieldStatus: return "Status"
        case .hintParticipants: return "t.ex. polis=2 kommun=1 eller p2 k1"
        case .hintFollowUps: return "vad / ansvarig, Enter lägger till"
        case .fieldMinutes: return "Minuter per plats"
        case .hintMinutes: return "valfritt, en per plats: 15 10; annars delas rundans tid lika"
        case .hintPicker: return "skriv för att söka"
        case .hintChecklist: return "siffra eller Space kryssar"
        case .hintCounts: return "t.ex. kontroller=40 rapporter=3"
        case .formHint: return "Ctrl-S/F2 spara · Tab byt fält · Enter välj · Space kryssa · Esc avbryt"
        case .pickerQuery: return "Sök"
        case .pickerNoMatch: return "inga träffar"
        case .nothingChosen: return "inget valt"
        case .problem(let p):
            switch p {
            case .invalidDate(let t): return "\"\(t)\" är inget datum (ÅÅÅÅ-MM-DD)"
            case .invalidTime(let t): return "\"\(t)\" är ingen tid (TT:MM)"
            case .notANumber(let t): return "\"\(t)\" är inget heltal"
            case .required: return "får inte vara tomt"
            case .unknownChoice(let t): return "okänt val \"\(t)\""
            case .counts(let c):
                switch c {
                case .unknownName(let n): return "okänt namn \"\(n)\" (skriv t.ex. polis=2 kommun=1)"
                case .ambiguousName(let n): return "\"\(n)\" kan betyda flera; skriv fler bokstäver"
                case .notANumber(let t): return "\"\(t)\": antalet ska vara ett heltal"
                }
            case .followUpNeedsResponsible(let t): return "\"\(t)\": skriv vad / ansvarig"
            case .positionFormat(let v): return geo(.positionFormat(v))
            case .position(let p): return geo(.position(p))
            case .validation(let v): return text(.validation(v))
            }
        case .problemCount(let n): return n == 1 ? "1 problem att rätta; allt du skrivit finns kvar" : "\(n) problem att rätta; allt du skrivit finns kvar"
        case .confirmCancel: return "Kasta det du skrivit? j = ja, kasta · n = nej, fortsätt"
        case .resumeOffer(let k, let s): return "Ett osparat utkast finns: \(entry(.kindName(k))) \(s)"
        case .resumeKeys: return "Enter/j fortsätt med utkastet · x kasta det · n/Esc senare"
        case .voidPrompt: return "Skäl att makulera: "
        case .voidNeedsReason: return "Ange ett skäl för makuleringen"
        case .saved(let k):
            switch k {
            case .round: return "Rundan är sparad"
            case .intervention: return "Insatsen är sparad"
            case .incident: return "Händelsen är sparad"
            case .measure: return "Åtgärden är sparad"
            case .meeting: return "Mötet är sparat"
            case .hotspot: return "Platsen är sparad"
            }
        case .amended: return "Rättelsen är sparad"
        case .voided: return "Posten är makulerad"
        case .draftKept: return "Utkastet finns kvar till nästa start"
        case .notARound: return "Välj en runda i listan först"
        case .detailTime(let t): return "Tid: \(t)"
        case .detailNoFollowUps: return "inga uppföljningar"
        case .history: return "Historik"
        case .historyLine(let a, let at, let author):
            let verb: String
            switch a {
            case .recorded: verb = "registrerad"
            case .amended: verb = "rättad"
            case .voided: verb = "makulerad"
            }
            return "\(at)  \(verb) av \(author)"
        case .historyReason(let r): return "skäl: \(r)"
        case .detailHint: return "e rätta · d makulera · Esc tillbaka"
        case .detailVoided: return "MAKULERAD – räknas inte; senaste innehållet visas nedan"
        case .detailHintVoided: return "Makulerad · Esc tillbaka"
        case .alreadyVoided: return "Rundan är makulerad och kan inte rättas eller makuleras igen"
        }
    }
}
