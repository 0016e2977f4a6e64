import Foundation

/// Maps records to and from the JSON objects stored in the journal's `data` field.
/// Written by hand rather than synthesised so that every problem in a line is reported
/// with its field name, and fields this version does not know are kept.
public enum RecordCoding {
    public static func decode(kind: RecordKind, id: UUID, _ object: [String: JSONValue])
        -> (record: Record?, unknown: [String: JSONValue], problems: [FieldProblem]) {
        JSONDocument.with(.object(object)) { decode(kind: kind, id: id, $0.root) }
    }

    public static func decode(kind: RecordKind, id: UUID, _ object: JSONNode)
        -> (record: Record?, unknown: [String: JSONValue], problems: [FieldProblem]) {
        var r = FieldReader(object)
        var record: Record?
        switch kind {
        // Fields are read in the order the journal writes them (its keys sorted), so each
        // is found just after the one before it rather than by reading the object again.
        case .round:
            let contacts = r.int("contacts", default: 0) ?? 0
            let date = r.day("date")
            let end = r.time("end")
            var followUps: [FollowUp] = []
            for o in r.objects("followups") {
                var f = FieldReader(o)
                let who = f.string("responsible", required: false) ?? ""
                let text = f.string("text") ?? ""
                followUps.append(FollowUp(text: text, responsible: who))
            }
            let hotSpots = r.strings("hotspots")
            let interventions = r.int("interventions", default: 0) ?? 0
            let minutes = r.ints("minutes")
            let notes = r.string("notes", required: false) ?? ""
            let observations = r.values("observations", of: Observation.self)
            let participants = r.counts("participants", by: Organisation.self)
            let start = r.time("start")
            record = date.map {
                .round(Round(id: id, date: $0, start: start, end: end, hotSpots: hotSpots, participants: participants,
                             observations: observations, notes: notes, citizenContacts: contacts,
                             interventions: interventions, followUps: followUps, minutes: minutes))
            }
        case .intervention:
            let date = r.day("date")
            let hotSpot = r.string("hotspot", required: false)
            let kind = r.enumValue("kind", InterventionKind.self)
            let notes = r.string("notes", required: false) ?? ""
            let org = r.enumValue("organisation", Organisation.self)
            let place = r.string("place", required: false) ?? ""
            let results = r.counts("results")
            if let date, let kind, let org {
                record = .intervention(Intervention(id: id, date: date, kind: kind, hotSpot: hotSpot, place: place,
                                                    organisation: org, results: results, notes: notes))
            } else { record = nil }
        case .incident:
            let category = r.enumValue("category", IncidentCategory.self)
            let date = r.day("date")
            // Positions are written in SWEREF 99 TM only, so reading needs no conversion.
            let e = r.double("e")
            let hotSpot = r.string("hotspot", required: false)
            let n = r.double("n")
            let place = r.string("place", required: false) ?? ""
            let source = r.enumValue("source", IncidentSource.self)
            let text = r.string("text", required: false) ?? ""
            let time = r.time("time")
            if (n == nil) != (e == nil) { r.fail(.position(.incomplete)) }
            let position = n.flatMap { n in e.map { GridPoint(n: n, e: $0) } }
            if let date, let category, let source {
                record = .incident(Incident(id: id, date: date, time: time, hotSpot: hotSpot, place: place,
                                            category: category, source: source, text: text, position: position))
            } else { record = nil }
        case .measure:
            let decided = r.day("decided")
            let due = r.day("due")
            let hotSpot = r.string("hotspot", required: false)
            let responsible = r.string("responsible") ?? ""
            let status = r.enumValue("status", MeasureStatus.self, required: false) ?? .open
            let what = r.string("what")
            if let what, let decided, let due {
                record = .measure(Measure(id: id, hotSpot: hotSpot, what: what, responsible: responsible,
                                          decided: decided, due: due, status: status))
            } else { record = nil }
        case .meeting:
            record = MeetingCoding.decodeMeeting(id: id, &r)
        case .hotspot:
            record = MeetingCoding.decodeHotSpot(id: id, &r)
        }
        // Moved out, not chosen by a conditional expression, which copies it.
        if !r.problems.isEmpty { record = nil }
        return (record.take(), r.unknown, r.problems)
    }

    public static func encode(_ record: Record) -> [String: JSONValue] {
        var o: [String: JSONValue] = [:]
        switch record {
        case .round(let x):
            o["date"] = .string(x.date.iso)
            if let s = x.start { o["start"] = .string(s.description) }
            if let e = x.end { o["end"] = .string(e.description) }
            o["hotspots"] = .array(x.hotSpots.map { .string($0) })
            o["participants"] = .object(Dictionary(uniqueKeysWithValues: x.participants.map { ($0.key.rawValue, .number(Double($0.value))) }))
            o["observations"] = .array(x.observations.sorted().map { .string($0.rawValue) })
            if !x.notes.isEmpty { o["notes"] = .string(x.notes) }
            o["contacts"] = .number(Double(x.citizenContacts))
            o["interventions"] = .number(Double(x.interventions))
            if !x.followUps.isEmpty {
                o["followups"] = .array(x.followUps.map { .object(["text": .string($0.text), "responsible": .string($0.responsible)]) })
            }
            if !x.minutes.isEmpty { o["minutes"] = .array(x.minutes.map { .number(Double($0)) }) }
        case .intervention(let x):
            o["date"] = .string(x.date.iso)
            o["kind"] = .string(x.kind.rawValue)
            if let h = x.hotSpot { o["hotspot"] = .string(h) }
            if !x.place.isEmpty { o["place"] = .string(x.place) }
            o["organisation"] = .string(x.organisation.rawValue)
            if !x.results.isEmpty { o["results"] = .object(x.results.mapValues { .number(Double($0)) }) }
            if !x.notes.isEmpty { o["notes"] = .string(x.notes) }
        case .incident(let x):
            o["date"] = .string(x.date.iso)
            if let t = x.time { o["time"] = .string(t.description) }
            if let h = x.hotSpot { o["hotspot"] = .string(h) }
            if !x.place.isEmpty { o["place"] = .string(x.place) }
            o["category"] = .string(x.category.rawValue)
            o["source"] = .string(x.source.rawValue)
            if !x.text.isEmpty { o["text"] = .string(x.text) }
            if let p = x.position?.rounded { o["n"] = .number(p.n); o["e"] = .number(p.e) }
        case .measure(let x):
            if let h = x.hotSpot { o["hotspot"] = .string(h) }
            o["what"] = .string(x.what)
            o["responsible"] = .string(x.responsible)
            o["decided"] = .string(x.decided.iso)
            o["due"] = .string(x.due.iso)
            o["status"] = .string(x.status.rawValue)
        case .meeting(let x):
            o = MeetingCoding.encode(x)
        case .hotSpot(let x):
            o = MeetingCoding.encode(x)
        }
        return o
    }
}
