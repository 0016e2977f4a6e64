import Foundation

/// Each kind of record in the snapshot's binary form. Every field is written, in a fixed
/// order; a change to a record's fields needs a new `LedgerSnapshot.formatVersion`.
enum RecordBinaryCoding {
    /// The kind, then the record: the only way records are written, so every one can be read.
    static func write(_ record: Record, _ w: inout BinaryWriter) throws {
        try w.choice(record.kind)
        switch record {
        case .round(let r): try write(r, &w)
        case .intervention(let i): try write(i, &w)
        case .incident(let i): try write(i, &w)
        case .measure(let m): try write(m, &w)
        case .meeting(let m): try write(m, &w)
        case .hotSpot(let h): try write(h, &w)
        }
    }

    /// A record as `write` wrote it, the parts of rounds and interventions shared through `memo`.
    static func read(_ r: inout BinaryReader, _ t: SnapshotTables, _ memo: inout SnapshotReadMemo) throws -> Record {
        switch try r.choice(t.kinds) {
        case .round: return .round(try round(&r, t, &memo))
        case .intervention: return .intervention(try intervention(&r, t, &memo))
        case .incident: return .incident(try incident(&r, t))
        case .measure: return .measure(try measure(&r, t))
        case .meeting: return .meeting(try meeting(&r))
        case .hotspot: return .hotSpot(try hotSpot(&r))
        }
    }

    // MARK: Round

    private static func write(_ x: Round, _ w: inout BinaryWriter) throws {
        try w.uuid(x.id)
        try day(x.date, &w)
        try clock(x.start, &w)
        try clock(x.end, &w)
        try strings(x.hotSpots, &w)
        try w.varint(x.participants.count)
        for (organisation, count) in x.participants.sorted(by: { $0.key < $1.key }) {
            try w.choice(organisation)
            try w.varint(count)
        }
        try w.varint(x.observations.count)
        for observation in x.observations.sorted() { try w.choice(observation) }
        try w.string(x.notes)
        try w.varint(x.citizenContacts)
        try w.varint(x.interventions)
        try w.varint(x.followUps.count)
        for followUp in x.followUps {
            try w.string(followUp.text)
            try w.string(followUp.responsible)
        }
        try w.varint(x.minutes.count)
        for m in x.minutes { try w.varint(m) }
    }

    static func round(_ r: inout BinaryReader, _ t: SnapshotTables, _ memo: inout SnapshotReadMemo) throws -> Round {
        let id = try r.uuid()
        let date = try day(&r)
        let start = try clock(&r)
        let end = try clock(&r)
        let hotSpots = try memo.hotSpots(&r)
        let participants = try memo.participants(&r, t)
        let observations = try memo.observations(&r, t)
        let notes = try r.string()
        let contacts = try r.varint()
        let interventions = try r.varint()
        var followUps: [FollowUp] = []
        for _ in 0..<(try r.count(of: "follow-ups")) {
            followUps.append(FollowUp(text: try r.string(), responsible: try r.string()))
        }
        var minutes: [Int] = []
        for _ in 0..<(try r.count(of: "minutes")) { minutes.append(try r.varint()) }
        return Round(id: id, date: date, start: start, end: end, hotSpots: hotSpots, participants: participants,
                     observations: observations, notes: notes, citizenContacts: contacts,
                     interventions: interventions, followUps: followUps, minutes: minutes)
    }

    // MARK: Intervention

    private static func write(_ x: Intervention, _ w: inout BinaryWriter) throws {
        try w.uuid(x.id)
        try day(x.date, &w)
        try w.choice(x.kind)
        try w.optionalString(x.hotSpot)
        try w.string(x.place)
        try w.choice(x.organisation)
        try w.varint(x.results.count)
        for (name, count) in x.results.sorted(by: { $0.key < $1.key }) {
            try w.string(name)
            try w.varint(count)
        }
        try w.string(x.notes)
    }

    static func intervention(_ r: inout BinaryReader, _ t: SnapshotTables, _ memo: inout SnapshotReadMemo) throws -> Intervention {
        let id = try r.uuid()
        let date = try day(&r)
        let kind = try r.choice(t.interventionKinds)
        let hotSpot = try r.optionalString()
        let place = try r.string()
        let organisation = try r.choice(t.organisations)
        let results = try memo.results(&r)
        return Intervention(id: id, date: date, kind: kind, hotSpot: hotSpot, place: place,
                            organisation: organisation, results: results, notes: try r.string())
    }

    // MARK: Incident

    private static func write(_ x: Incident, _ w: inout BinaryWriter) throws {
        try w.uuid(x.id)
        try day(x.date, &w)
        try clock(x.time, &w)
        try w.optionalString(x.hotSpot)
        try w.string(x.place)
        try w.choice(x.category)
        try w.choice(x.source)
        try w.string(x.text)
        try w.bool(x.position != nil)
        if let p = x.position {
            try w.double(p.n)
            try w.double(p.e)
        }
    }

    static func incident(_ r: inout BinaryReader, _ t: SnapshotTables) throws -> Incident {
        let id = try r.uuid()
        let date = try day(&r)
        let time = try clock(&r)
        let hotSpot = try r.optionalString()
        let place = try r.string()
        let category = try r.choice(t.categories)
        let source = try r.choice(t.sources)
        let text = try r.string()
        let position = try r.bool() ? GridPoint(n: try r.double(), e: try r.double()) : nil
        return Incident(id: id, date: date, time: time, hotSpot: hotSpot, place: place, category: category,
                        source: source, text: text, position: position)
    }

    // MARK: Measure

    private static func write(_ x: Measure, _ w: inout BinaryWriter) throws {
        try w.uuid(x.id)
        try w.optionalString(x.hotSpot)
        try w.string(x.what)
        try w.string(x.responsible)
        try day(x.decided, &w)
        try day(x.due, &w)
        try w.choice(x.status)
    }

    static func measure(_ r: inout BinaryReader, _ t: SnapshotTables) throws -> Measure {
        let id = try r.uuid()
        let hotSpot = try r.optionalString()
        let what = try r.string()
        let responsible = try r.string()
        let decided = try day(&r)
        let due = try day(&r)
        return Measure(id: id, hotSpot: hotSpot, what: what, responsible: responsible, decided: decided, due: due,
                       status: try r.choice(t.statuses))
    }

    // MARK: Meeting and added hot spot

    private static func write(_ x: Meeting, _ w: inout BinaryWriter) throws {
        try w.uuid(x.id)
        try day(x.date, &w)
        try w.varint(x.week)
        try strings(x.present, &w)
        try w.varint(x.decisions.count)
        for decision in x.decisions {
            try w.uuid(decision.measureID)
            try w.string(decision.text)
        }
        try w.string(x.notes)
    }

    static func meeting(_ r: inout BinaryReader) throws -> Meeting {
        let id = try r.uuid()
        let date = try day(&r)
        let week = try r.varint()
        let present = try strings(&r)
        var decisions: [MeetingDecision] = []
        for _ in 0..<(try r.count(of: "decisions")) {
            decisions.append(MeetingDecision(measureID: try r.uuid(), text: try r.string()))
        }
        return Meeting(id: id, date: date, week: week, present: present, decisions: decisions, notes: try r.string())
    }

    private static func write(_ x: AddedHotSpot, _ w: inout BinaryWriter) throws {
        try w.uuid(x.id)
        try w.string(x.key)
        try w.string(x.name)
        try w.string(x.locality)
        try strings(x.aliases, &w)
        try day(x.added, &w)
        try w.bool(x.position != nil)
        if let p = x.position {
            try w.double(p.n)
            try w.double(p.e)
        }
    }

    static func hotSpot(_ r: inout BinaryReader) throws -> AddedHotSpot {
        var h = AddedHotSpot(id: try r.uuid(), key: try r.string(), name: try r.string(), locality: try r.string(),
                             aliases: try strings(&r), added: try day(&r))
        if try r.bool() { h.position = GridPoint(n: try r.double(), e: try r.double()) }
        return h
    }

    // MARK: Parts

    static func day(_ d: Day, _ w: inout BinaryWriter) throws { try w.i64(d.ordinal) }
    static func day(_ r: inout BinaryReader) throws -> Day { Day(ordinal: try r.i64()) }

    /// Minutes after midnight plus one; 0 for none.
    static func clock(_ c: ClockTime?, _ w: inout BinaryWriter) throws { try w.varint(c.map { $0.minutes + 1 } ?? 0) }

    static func clock(_ r: inout BinaryReader) throws -> ClockTime? {
        let v = try r.varint()
        guard v > 0 else { return nil }
        guard let time = ClockTime(hour: (v - 1) / 60, minute: (v - 1) % 60) else {
            throw SnapshotFormatError("\(v - 1) is not a time of day")
        }
        return time
    }

    static func strings(_ list: [String], _ w: inout BinaryWriter) throws {
        try w.varint(list.count)
        for s in list { try w.string(s) }
    }

    static func strings(_ r: inout BinaryReader) throws -> [String] {
        let n = try r.count(of: "strings")
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try r.string()) }
        return out
    }
}
