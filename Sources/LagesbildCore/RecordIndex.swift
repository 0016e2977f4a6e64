import Foundation

/// Sorted day lists per hot spot and per metric, so every count the situation picture
/// needs is two binary searches instead of a pass over all records.
public struct RecordIndex: Sendable {
    // The tables are filled by the building code (RecordIndexBuild.swift) and kept by
    // `replace`; everything else reads them through the queries below.
    var incidentDaysBySpot: [String: SortedDays] = [:]
    /// The same days split by category, so an evaluation of one kind of incident at a few
    /// places is binary searches, not a pass over every incident.
    var incidentDaysBySpotAndCategory: [String: [IncidentCategory: SortedDays]] = [:]
    var roundDaysBySpot: [String: SortedDays] = [:]
    /// Where every incident (possible duplicates too) and round at each place lies, by day,
    /// so a drill-down reads its place's records of its period and nothing else.
    var incidentSlotsBySpot: [String: DatedSlots] = [:]
    var roundSlotsBySpot: [String: DatedSlots] = [:]
    /// Every incident (possible duplicates too) and round by day, wherever it is: the
    /// report's and the meeting's period-wide views read their weeks, not every record.
    var incidentSlotsByDay = DatedSlots()
    var roundSlotsByDay = DatedSlots()
    var metricDays: [PromiseMetric: SortedDays] = [:]
    var measuresBySpot: [String: [Measure]] = [:]
    /// Decision days of measures and days of interventions (by kind) per place, so an
    /// evaluation asks each place whether it was treated in its windows: two binary
    /// searches a place, however many interventions the windows hold.
    var measureDaysBySpot: [String: SortedDays] = [:]
    var interventionDaysBySpot: [InterventionKind: [String: SortedDays]] = [:]
    /// Where the interventions at each place lie, by day, for the evaluations.
    var interventionSlotsBySpot: [String: DatedSlots] = [:]
    public internal(set) var measures: [Measure] = []
    /// Records per calendar year (incidents, rounds, interventions, measures by decision
    /// date), so the views know which years have data without a pass over the records.
    var recordsByYear: [Int: Int] = [:]
    /// Presence summed per day over every round (`Dosage`), so the period's share of
    /// effective visits is a lookup per day instead of a pass over the rounds.
    var presenceByDay: [Day: Presence] = [:]
    /// Incidents with a position, by day and category: the groups `DuplicateRule` looks in.
    var positioned: [DuplicateRule.GroupKey: [Incident]] = [:]
    /// Each possible duplicate mapped to the incident it repeats; not counted anywhere.
    public internal(set) var duplicateOf: [UUID: UUID] = [:]

    public init() {}

    /// A round's places once each, in order. A round names one to three places: comparing
    /// them costs less than hashing each into a set, which was a tenth of building the index.
    static func distinct(_ spots: [String]) -> [String] {
        guard spots.count > 1 else { return spots }
        var out: [String] = []
        out.reserveCapacity(spots.count)
        for spot in spots where !out.contains(spot) { out.append(spot) }
        return out
    }

    /// Updates the index for one record changing: `old` is what was stored before and where
    /// (nil when new), `new` what is stored now and where (nil when voided). Kinds the
    /// picture does not count are ignored.
    mutating func replace(_ old: (record: Record, slot: Int32)?, with new: (record: Record, slot: Int32)?) {
        if let old { update(old.record, old.slot, adding: false) }
        if let new { update(new.record, new.slot, adding: true) }
    }

    /// `record` moved from `from` to `to` in its kind's array (a void filled its gap).
    mutating func moved(_ record: Record, from: Int32, to: Int32) {
        forEachSlotList(of: record) { list, day in list.move(day, from: from, to: to) }
    }

    /// Each list of positions `record` is kept in, with the day it is kept under: the one
    /// place that says which, for adding, removing and moving alike.
    private mutating func forEachSlotList(of record: Record, _ body: (inout DatedSlots, Day) -> Void) {
        switch record {
        case .incident(let incident):
            if let spot = incident.hotSpot { body(&incidentSlotsBySpot[spot, default: DatedSlots()], incident.date) }
            body(&incidentSlotsByDay, incident.date)
        case .round(let round):
            for spot in RecordIndex.distinct(round.hotSpots) { body(&roundSlotsBySpot[spot, default: DatedSlots()], round.date) }
            body(&roundSlotsByDay, round.date)
        case .intervention(let intervention):
            if let spot = intervention.hotSpot { body(&interventionSlotsBySpot[spot, default: DatedSlots()], intervention.date) }
        case .measure, .meeting, .hotSpot:
            break
        }
    }

    private mutating func update(_ record: Record, _ slot: Int32, adding: Bool) {
        func change(_ days: inout SortedDays, _ day: Day) { if adding { days.insert(day) } else { days.remove(day) } }
        forEachSlotList(of: record) { list, day in if adding { list.insert(day, slot) } else { list.remove(day, slot) } }
        if let day = RecordIndex.yearDay(of: record) {
            let n = recordsByYear[day.year, default: 0] + (adding ? 1 : -1)
            recordsByYear[day.year] = n > 0 ? n : nil
        }
        if case .incident(let incident) = record {
            if let key = DuplicateRule.key(incident) {
                updateGroup(key, incident, adding: adding)
            } else if let spot = incident.hotSpot {
                changeIncident(spot, incident.category, incident.date, adding: adding)
            }
        } else if case .round(let round) = record {
            RecordIndex.add(round, to: &presenceByDay, sign: adding ? 1 : -1)
            change(&metricDays[.rounds, default: SortedDays()], round.date)
            for spot in RecordIndex.distinct(round.hotSpots) { change(&roundDaysBySpot[spot, default: SortedDays()], round.date) }
        } else if case .intervention(let intervention) = record {
            change(&metricDays[.interventions(intervention.kind), default: SortedDays()], intervention.date)
            if let spot = intervention.hotSpot {
                change(&interventionDaysBySpot[intervention.kind, default: [:]][spot, default: SortedDays()], intervention.date)
            }
        } else if case .measure(let measure) = record {
            if let spot = measure.hotSpot {
                change(&measureDaysBySpot[spot, default: SortedDays()], measure.decided)
            }
            if adding {
                let at = measures.firstIndex { RecordIndex.listedBefore(measure, $0) } ?? measures.count
                measures.insert(measure, at: at)
            } else if let at = measures.firstIndex(where: { $0.id == measure.id }) {
                measures.remove(at: at)
            }
            if let spot = measure.hotSpot { measuresBySpot[spot] = measures.filter { $0.hotSpot == spot } }
        }
    }

    /// One incident with a position joins or leaves its group: the group's counted incidents
    /// leave the day lists, the rule runs again, and the counted ones return.
    private mutating func updateGroup(_ key: DuplicateRule.GroupKey, _ incident: Incident, adding: Bool) {
        var group = positioned[key] ?? []
        for member in group where duplicateOf[member.id] == nil {
            if let spot = member.hotSpot { changeIncident(spot, member.category, member.date, adding: false) }
        }
        for member in group { duplicateOf[member.id] = nil }
        if adding { group.append(incident) } else { group.removeAll { $0.id == incident.id } }
        positioned[key] = group.isEmpty ? nil : group
        duplicateOf.merge(DuplicateRule.duplicates(in: group)) { a, _ in a }
        for member in group where duplicateOf[member.id] == nil {
            if let spot = member.hotSpot { changeIncident(spot, member.category, member.date, adding: true) }
        }
    }

    private mutating func changeIncident(_ spot: String, _ category: IncidentCategory, _ day: Day, adding: Bool) {
        if adding {
            incidentDaysBySpot[spot, default: SortedDays()].insert(day)
            incidentDaysBySpotAndCategory[spot, default: [:]][category, default: SortedDays()].insert(day)
        } else {
            incidentDaysBySpot[spot]?.remove(day)
            incidentDaysBySpotAndCategory[spot]?[category]?.remove(day)
        }
    }

    /// The day that puts a record in a year; nil for kinds no year view counts.
    public static func yearDay(of record: Record) -> Day? {
        switch record {
        case .incident(let r): return r.date
        case .round(let r): return r.date
        case .intervention(let r): return r.date
        case .measure(let r): return r.decided
        default: return nil
        }
    }

    static func add(_ round: Round, to table: inout [Day: Presence], sign: Int) {
        let one = Dosage.presence(at: nil, rounds: [round], from: round.date, to: round.date)
        var p = table[round.date] ?? Presence()
        p.visits += sign * one.visits
        p.minutes += sign * one.minutes
        p.estimatedVisits += sign * one.estimatedVisits
        p.unknownVisits += sign * one.unknownVisits
        p.shortVisits += sign * one.shortVisits
        table[round.date] = p.visits == 0 ? nil : p
    }

    /// Presence at every place from `from` to `to` (`Dosage.presence(at: nil, …)`), by day.
    public func presence(from: Day, to: Day) -> Presence {
        var total = Presence()
        guard from <= to else { return total }
        total.weeks = Double(to.days(since: from) + 1) / 7
        var day = from
        while day <= to {
            if let p = presenceByDay[day] {
                total.visits += p.visits
                total.minutes += p.minutes
                total.estimatedVisits += p.estimatedVisits
                total.unknownVisits += p.unknownVisits
                total.shortVisits += p.shortVisits
            }
            day = day.adding(days: 1)
        }
        return total
    }

    /// The years that hold at least one record, oldest first.
    public var recordYears: [Int] { recordsByYear.keys.sorted() }

    /// The latest day a record is dated (an incident, a round or an intervention by its date,
    /// a measure by its decision); for a year view to open on the newest data.
    public var lastRecordDay: Day? {
        var latest: Day? = measures.map(\.decided).max()
        func consider(_ days: SortedDays) { if let d = days.days.last, latest.map({ d > $0 }) ?? true { latest = d } }
        for days in incidentDaysBySpot.values { consider(days) }
        for days in metricDays.values { consider(days) }
        // An incident kept only as text has no place in the day lists; its year still counts.
        if let year = recordYears.last, latest.map({ $0.year < year }) ?? true { latest = Period.year(year).start }
        return latest
    }

    /// Records dated in `year`.
    public func recordCount(inYear year: Int) -> Int { recordsByYear[year] ?? 0 }

    public func incidentCount(at spot: String, from: Day, to: Day) -> Int {
        incidentDaysBySpot[spot]?.count(from: from, to: to) ?? 0
    }

    // Where the records dated `from`...`to` lie in their kind's array; the ledger reads
    // them (`Ledger.incidents(at:from:to:)` and the like).

    /// The incidents (possible duplicates included), rounds and interventions at a place.
    func incidentSlots(at spot: String, from: Day, to: Day) -> [Int32] {
        incidentSlotsBySpot[spot]?.slots(from: from, to: to) ?? []
    }

    func roundSlots(at spot: String, from: Day, to: Day) -> [Int32] {
        roundSlotsBySpot[spot]?.slots(from: from, to: to) ?? []
    }

    func interventionSlots(at spot: String, from: Day, to: Day) -> [Int32] {
        interventionSlotsBySpot[spot]?.slots(from: from, to: to) ?? []
    }

    /// The places with interventions, any time.
    var interventionPlaces: Dictionary<String, DatedSlots>.Keys { interventionSlotsBySpot.keys }

    /// Every incident (possible duplicates included) and every round, wherever it is.
    func incidentSlots(from: Day, to: Day) -> [Int32] { incidentSlotsByDay.slots(from: from, to: to) }
    func roundSlots(from: Day, to: Day) -> [Int32] { roundSlotsByDay.slots(from: from, to: to) }

    /// Counted incidents of the given categories at a place.
    public func incidentCount(at spot: String, from: Day, to: Day, categories: Set<IncidentCategory>) -> Int {
        guard let byCategory = incidentDaysBySpotAndCategory[spot] else { return 0 }
        return categories.reduce(0) { $0 + (byCategory[$1]?.count(from: from, to: to) ?? 0) }
    }

    public func incidentDays(at spot: String, from: Day, to: Day) -> ArraySlice<Day> {
        incidentDaysBySpot[spot]?.slice(from: from, to: to) ?? []
    }

    public func roundCount(at spot: String, from: Day, to: Day) -> Int {
        roundDaysBySpot[spot]?.count(from: from, to: to) ?? 0
    }

    public func lastRound(at spot: String, onOrBefore day: Day) -> Day? {
        roundDaysBySpot[spot]?.last(onOrBefore: day)
    }

    public func count(_ metric: PromiseMetric, from: Day, to: Day) -> Int {
        metricDays[metric]?.count(from: from, to: to) ?? 0
    }

    public func measures(at spot: String) -> [Measure] { measuresBySpot[spot] ?? [] }

    /// The order measures are listed in: by due date and text, then by what tells equal
    /// ones apart, so every list and report comes out the same on every run (the ledger's
    /// tables have no order of their own).
    static func listedBefore(_ a: Measure, _ b: Measure) -> Bool {
        if a.due != b.due { return a.due < b.due }
        if a.what != b.what { return a.what < b.what }
        if a.hotSpot != b.hotSpot { return (a.hotSpot ?? "") < (b.hotSpot ?? "") }
        if a.decided != b.decided { return a.decided < b.decided }
        if a.responsible != b.responsible { return a.responsible < b.responsible }
        // The id's bytes, not its text: formatting ids would cost more than all the rest.
        return UUID.textOrdered(a.id, b.id)
    }
}
