import Foundation
import LagesbildCore

/// The CSV columns of each record kind and how a record becomes a row.
///
/// Column names are the journal's field names (ASCII, stable), so a file reads the same in
/// any language. Dates are ISO 8601 (`2023-05-02`), times `HH:MM`. Lists are joined by `|`;
/// intervention results are `name=count|name=count`; a round's follow-ups are kept as a
/// JSON array because their free text may hold any character. Participants get one column
/// per organisation: an empty cell is "not given", which the journal keeps apart from 0.
public enum RecordColumns {
    public static let listSeparator: Character = "|"

    /// The kinds exchanged as CSV. Meetings and journal-added hot spots are left out: a
    /// meeting's exchange format is its minutes (`minutes/`), and a hot spot that should
    /// travel between folders belongs in `plan.yaml`.
    public static let exchangedKinds: [RecordKind] = [.round, .intervention, .incident, .measure]

    public static func columns(_ kind: RecordKind) -> [String] {
        switch kind {
        case .round:
            return ["id", "date", "start", "end", "hotspots"] + Organisation.allCases.map { participantColumn($0) }
                + ["observations", "contacts", "interventions", "notes", "followups", "minutes"]
        case .intervention: return ["id", "date", "kind", "hotspot", "place", "organisation", "results", "notes"]
        case .incident: return ["id", "date", "time", "hotspot", "place", "category", "source", "text", "n", "e"]
        case .measure: return ["id", "hotspot", "what", "responsible", "decided", "due", "status"]
        case .meeting, .hotspot: return []
        }
    }

    /// Columns a hand-made file must have; the others may be left out.
    public static func required(_ kind: RecordKind) -> [String] {
        switch kind {
        case .round: return ["date", "hotspots"]
        case .intervention: return ["date", "kind", "organisation"]
        case .incident: return ["date", "category", "source"]
        case .measure: return ["what", "responsible", "decided", "due"]
        case .meeting, .hotspot: return []
        }
    }

    static func participantColumn(_ org: Organisation) -> String { "participants_\(org.rawValue)" }

    /// The file name `lagesbild export` gives each kind.
    public static func fileName(_ kind: RecordKind) -> String {
        switch kind {
        case .round: return "rounds.csv"
        case .intervention: return "interventions.csv"
        case .incident: return "incidents.csv"
        case .measure: return "measures.csv"
        case .meeting: return "meetings.csv"
        case .hotspot: return "hotspots.csv"
        }
    }

    /// The row of a record, in the order of `columns(record.kind)`.
    public static func row(_ record: Record) -> [String] {
        switch record {
        case .round(let r):
            var row = [id(r.id), r.date.iso, r.start?.description ?? "", r.end?.description ?? "",
                       r.hotSpots.joined(separator: String(listSeparator))]
            row += Organisation.allCases.map { r.participants[$0].map(String.init) ?? "" }
            row += [r.observations.sorted().map(\.rawValue).joined(separator: String(listSeparator)),
                    String(r.citizenContacts), String(r.interventions), r.notes, followUps(r.followUps),
                    r.minutes.map(String.init).joined(separator: String(listSeparator))]
            return row
        case .intervention(let i):
            let results = i.results.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return [id(i.id), i.date.iso, i.kind.rawValue, i.hotSpot ?? "", i.place, i.organisation.rawValue,
                    results.joined(separator: String(listSeparator)), i.notes]
        case .incident(let i):
            return [id(i.id), i.date.iso, i.time?.description ?? "", i.hotSpot ?? "", i.place, i.category.rawValue,
                    i.source.rawValue, i.text, i.position.map { coordinate($0.n) } ?? "", i.position.map { coordinate($0.e) } ?? ""]
        case .measure(let m):
            return [id(m.id), m.hotSpot ?? "", m.what, m.responsible, m.decided.iso, m.due.iso, m.status.rawValue]
        case .meeting, .hotSpot: return []
        }
    }

    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    /// SWEREF 99 TM metres to the decimetre, the way the journal keeps them.
    static func coordinate(_ v: Double) -> String {
        let tenths = (v * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }

    static func followUps(_ list: [FollowUp]) -> String {
        guard !list.isEmpty else { return "" }
        let value = JSONValue.array(list.map { .object(["text": .string($0.text), "responsible": .string($0.responsible)]) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
