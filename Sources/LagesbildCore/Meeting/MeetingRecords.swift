import Foundation

/// One decision of a meeting: the measure it recorded and the words it was decided in,
/// kept in the meeting record so the minutes read the same even after the measure changes.
public struct MeetingDecision: Sendable, Equatable {
    public var measureID: UUID
    public var text: String

    public init(measureID: UUID, text: String) {
        self.measureID = measureID
        self.text = text
    }
}

/// A held EST meeting (veckomöte): when, which organisations were there, what was decided.
/// The follow-up marks and the decisions themselves are measure events of their own; this
/// record is what "since the last meeting" is measured from.
public struct Meeting: Sendable, Equatable {
    public var id: UUID
    public var date: Day
    /// ISO week number of `date`; stored so the minutes title never needs recomputing.
    public var week: Int
    /// Organisations present, as the chair wrote them (partners are not a closed list).
    public var present: [String]
    public var decisions: [MeetingDecision]
    public var notes: String

    public init(id: UUID = UUID(), date: Day, week: Int? = nil, present: [String] = [],
                decisions: [MeetingDecision] = [], notes: String = "") {
        self.id = id
        self.date = date
        self.week = week ?? date.isoWeek.week
        self.present = present
        self.decisions = decisions
        self.notes = notes
    }
}

/// A hot spot added from the journal, typically when the meeting turns a place that keeps
/// being reported into a hot spot. `plan.yaml` is written by people and never by
/// Lägesbild, so such spots live here and are merged into the plan by
/// `Plan.merging(addedHotSpots:)`.
public struct AddedHotSpot: Sendable, Equatable {
    /// The record's own id (journal events address records by UUID).
    public var id: UUID
    /// The hot spot id other records refer to, like the ids in `plan.yaml`.
    public var key: String
    public var name: String
    public var locality: String
    /// Other spellings, for example the free text the incidents used.
    public var aliases: [String]
    public var added: Day
    /// Where it is (SWEREF 99 TM): a hot spot made from a cluster stands at its centre.
    public var position: GridPoint?

    public init(id: UUID = UUID(), key: String, name: String, locality: String, aliases: [String] = [], added: Day,
                position: GridPoint? = nil) {
        self.position = position
        self.id = id
        self.key = key
        self.name = name
        self.locality = locality
        self.aliases = aliases
        self.added = added
    }

    /// The hot spot the plan gains, marked as added from the journal.
    public var hotSpot: HotSpot {
        var spot = HotSpot(id: key, name: name, locality: locality, aliases: aliases)
        spot.addedInJournal = true
        spot.position = position
        return spot
    }

    /// A stable, readable id from a name: `lekplatsen-pa-sodra-vagen-hok`.
    public static func key(for name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "sv_SE"))
        var out = ""
        var dash = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII {
                out.unicodeScalars.append(scalar)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "plats" : String(out.prefix(48))
    }
}
