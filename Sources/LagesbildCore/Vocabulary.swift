/// The fixed vocabularies of the domain. Raw values are the stable keys written to
/// files (ASCII, so they survive any tool); the words people read come from the
/// string tables of the front end.

/// Who owns a promise.
public enum PromiseOwner: String, Sendable, Codable, CaseIterable {
    case polis, kommun, gemensamt
}

/// Organisations that take part in rounds and interventions.
public enum Organisation: String, Sendable, Codable, CaseIterable, Comparable {
    case polis, kommun, nattvandrare, bostadsbolag, raddningstjanst, ovriga

    /// Its place among the cases, the order `<` sorts by (a switch: a new case must be placed).
    var ordinal: Int {
        switch self {
        case .polis: 0
        case .kommun: 1
        case .nattvandrare: 2
        case .bostadsbolag: 3
        case .raddningstjanst: 4
        case .ovriga: 5
        }
    }

    public static func < (a: Organisation, b: Organisation) -> Bool { a.ordinal < b.ordinal }
}

/// Kinds of targeted intervention named in the promises.
public enum InterventionKind: String, Sendable, Codable, CaseIterable, Comparable {
    case narkotika, trafik, vald, bedrageri, skadegorelse, trygghet

    public static func < (a: InterventionKind, b: InterventionKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Categories of incident reports, as EST partners use them.
public enum IncidentCategory: String, Sendable, Codable, CaseIterable, Comparable {
    case skadegorelse, klotter, nedskrapning, otryggPlats = "otrygg_plats",
         ordningsstorning, narkotika, vald, buskorning, inbrott, bedrageri, trafik

    /// The category's place in `allCases`: an index into arrays kept per category. A
    /// switch, not a look-up: the index asks it of every incident (a new case must be placed).
    var ordinal: Int {
        switch self {
        case .skadegorelse: 0
        case .klotter: 1
        case .nedskrapning: 2
        case .otryggPlats: 3
        case .ordningsstorning: 4
        case .narkotika: 5
        case .vald: 6
        case .buskorning: 7
        case .inbrott: 8
        case .bedrageri: 9
        case .trafik: 10
        }
    }

    public static func < (a: IncidentCategory, b: IncidentCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Who reported an incident.
public enum IncidentSource: String, Sendable, Codable, CaseIterable {
    case polis, kommun, bostadsbolag, skola, kollektivtrafik, allmanhet, vaktbolag
}

/// The checklist of a safety round.
public enum Observation: String, Sendable, Codable, CaseIterable, Comparable {
    case trasigBelysning = "trasig_belysning", klotter, nedskrapning, ungdomsgrupper,
         berusning, narkotikaindikationer, trafikproblem, otryggMiljo = "otrygg_miljo"

    /// Its place among the cases, the order `<` sorts by.
    var ordinal: Int {
        switch self {
        case .trasigBelysning: 0
        case .klotter: 1
        case .nedskrapning: 2
        case .ungdomsgrupper: 3
        case .berusning: 4
        case .narkotikaindikationer: 5
        case .trafikproblem: 6
        case .otryggMiljo: 7
        }
    }

    public static func < (a: Observation, b: Observation) -> Bool { a.ordinal < b.ordinal }
}

/// Where a decided measure stands.
public enum MeasureStatus: String, Sendable, Codable, CaseIterable {
    case open = "oppen", ongoing = "pagaende", done = "klar", cancelled = "struken"

    /// Open and ongoing measures still need follow-up at the meeting.
    public var isOpen: Bool { self == .open || self == .ongoing }
}
