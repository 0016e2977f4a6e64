import Foundation

/// Journal form of the meeting's two record kinds, next to `RecordCoding`'s four:
///
///     meeting: {"date":"2023-11-21","week":47,"present":["Polisen","Kommunen"],
///               "decisions":[{"measure":"<uuid>","text":"…"}],"notes":"…"}
///     hotspot: {"key":"lekplatsen-hok","name":"Lekplatsen","locality":"Hok","aliases":["…"],"added":"2023-11-21"}
enum MeetingCoding {
    static func decodeMeeting(id: UUID, _ r: inout FieldReader) -> Record? {
        let date = r.day("date")
        let week = r.int("week", default: 0) ?? 0
        let present = r.strings("present")
        var decisions: [MeetingDecision] = []
        for o in r.objects("decisions") {
            var d = FieldReader(o)
            let measure = d.uuid("measure")
            let text = d.string("text", required: false) ?? ""
            for p in d.problems { r.fail(p) }
            if let measure { decisions.append(MeetingDecision(measureID: measure, text: text)) }
        }
        let notes = r.string("notes", required: false) ?? ""
        guard let date else { return nil }
        return .meeting(Meeting(id: id, date: date, week: week > 0 ? week : nil, present: present,
                                decisions: decisions, notes: notes))
    }

    static func decodeHotSpot(id: UUID, _ r: inout FieldReader) -> Record? {
        let key = r.string("key")
        let name = r.string("name")
        let locality = r.string("locality", required: false) ?? ""
        let aliases = r.strings("aliases")
        let added = r.day("added")
        let n = r.double("n"), e = r.double("e")
        if (n == nil) != (e == nil) { r.fail(.position(.incomplete)) }
        guard let key, let name, let added else { return nil }
        return .hotSpot(AddedHotSpot(id: id, key: key, name: name, locality: locality, aliases: aliases, added: added,
                                     position: n.flatMap { n in e.map { GridPoint(n: n, e: $0) } }))
    }

    static func encode(_ m: Meeting) -> [String: JSONValue] {
        var o: [String: JSONValue] = [
            "date": .string(m.date.iso),
            "week": .number(Double(m.week)),
            "present": .array(m.present.map { .string($0) }),
            "decisions": .array(m.decisions.map {
                .object(["measure": .string($0.measureID.uuidString.lowercased()), "text": .string($0.text)])
            }),
        ]
        if !m.notes.isEmpty { o["notes"] = .string(m.notes) }
        return o
    }

    static func encode(_ h: AddedHotSpot) -> [String: JSONValue] {
        var o: [String: JSONValue] = ["key": .string(h.key), "name": .string(h.name), "added": .string(h.added.iso)]
        if !h.locality.isEmpty { o["locality"] = .string(h.locality) }
        if !h.aliases.isEmpty { o["aliases"] = .array(h.aliases.map { .string($0) }) }
        if let p = h.position?.rounded { o["n"] = .number(p.n); o["e"] = .number(p.e) }
        return o
    }
}
