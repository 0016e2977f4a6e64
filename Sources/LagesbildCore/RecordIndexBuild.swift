import Foundation

/// Building a record index from a whole ledger at once: each kind's records walked in day
/// order, so every list is appended in order; a large ledger on two cores.
extension RecordIndex {
    /// Records past which the index is built on two cores.
    static let parallelAbove = 20_000

    public init(ledger: Ledger) {
        guard ledger.incidents.count + ledger.rounds.count > RecordIndex.parallelAbove else {
            self.init()
            addIncidents(ledger)
            addOthers(ledger)
            return
        }
        // Incidents on one core, the other records on the other. Building the index is a
        // tenth of a start.
        final class Halves: @unchecked Sendable {
            // Each is written by one iteration only and read after both have finished.
            var incidents = RecordIndex(), others = RecordIndex()
        }
        let halves = Halves()
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 { halves.incidents = .incidentHalf(ledger) } else { halves.others = .otherHalf(ledger) }
        }
        self.init(joining: halves.incidents, halves.others)
    }

    /// The index of the incidents alone: one of two halves built side by side.
    static func incidentHalf(_ ledger: Ledger) -> RecordIndex {
        var index = RecordIndex()
        index.addIncidents(ledger)
        return index
    }

    /// The index of every record but the incidents.
    static func otherHalf(_ ledger: Ledger) -> RecordIndex {
        var index = RecordIndex()
        index.addOthers(ledger)
        return index
    }

    /// The two halves as one: they share no table but the yearly counts, which are summed.
    init(joining incidents: RecordIndex, _ others: RecordIndex) {
        self = others
        incidentDaysBySpot = incidents.incidentDaysBySpot
        incidentDaysBySpotAndCategory = incidents.incidentDaysBySpotAndCategory
        incidentSlotsBySpot = incidents.incidentSlotsBySpot
        incidentSlotsByDay = incidents.incidentSlotsByDay
        positioned = incidents.positioned
        duplicateOf = incidents.duplicateOf
        for (year, n) in incidents.recordsByYear { recordsByYear[year, default: 0] += n }
    }

    /// The incident tables: places, categories, positions by day, possible duplicates.
    /// Records are walked in day order (`dayOrder`), so each list is appended in order.
    /// Each place gets a number once per incident and its lists are kept by that number,
    /// put under the place's name at the end: a look-up by name for every list of every
    /// incident was a third of the build. Incidents are read where they lie rather than
    /// copied out whole (every text retained, then let go).
    mutating func addIncidents(_ ledger: Ledger) {
        let incidents = ledger.incidents.values
        let order = dayOrder(incidents.count) { incidents[$0].date }
        var spots = PlaceNumbers()
        var spotOf = [Int32](repeating: -1, count: incidents.count)
        var slots: [DatedSlots] = []
        incidents.withUnsafeBufferPointer { p in
            for i in order {
                let at = Int(i)
                if let key = DuplicateRule.key(p[at]) { positioned[key, default: []].append(p[at]) }
                if let spot = p[at].hotSpot {
                    let n = spots.number(spot)
                    if n == slots.count { slots.append(DatedSlots()) }
                    spotOf[at] = Int32(n)
                    slots[n].append(p[at].date, i)
                }
                incidentSlotsByDay.append(p[at].date, i)
            }
        }
        for group in positioned.values where group.count > 1 {
            duplicateOf.merge(DuplicateRule.duplicates(in: group)) { a, _ in a }
        }
        var days = [SortedDays?](repeating: nil, count: slots.count)
        var byCategory = [[SortedDays?]](repeating: [SortedDays?](repeating: nil, count: IncidentCategory.allCases.count), count: slots.count)
        incidents.withUnsafeBufferPointer { p in
            for i in order {
                let at = Int(i), n = Int(spotOf[at])
                guard n >= 0, duplicateOf.isEmpty || duplicateOf[p[at].id] == nil else { continue }
                let date = p[at].date, c = p[at].category.ordinal
                if days[n] == nil { days[n] = SortedDays() }
                days[n]!.append(date)
                if byCategory[n][c] == nil { byCategory[n][c] = SortedDays() }
                byCategory[n][c]!.append(date)
            }
            for i in p.indices { recordsByYear[p[i].date.year, default: 0] += 1 }
        }
        for (n, spot) in spots.places.enumerated() {
            incidentSlotsBySpot[spot] = slots[n]
            guard let all = days[n] else { continue }
            incidentDaysBySpot[spot] = all
            var lists: [IncidentCategory: SortedDays] = [:]
            for (c, list) in byCategory[n].enumerated() { if let list { lists[IncidentCategory.allCases[c]] = list } }
            incidentDaysBySpotAndCategory[spot] = lists
        }
    }

    /// The tables of rounds, interventions and measures.
    mutating func addOthers(_ ledger: Ledger) {
        let rounds = ledger.rounds.values, interventions = ledger.interventions.values
        // As for incidents: records read where they lie, each place's lists kept by a number
        // found once, put under its name at the end.
        var roundSpots = PlaceNumbers()
        var roundSlots: [DatedSlots] = [], roundDays: [SortedDays] = [], roundMetric = SortedDays()
        rounds.withUnsafeBufferPointer { p in
            for i in dayOrder(rounds.count, { rounds[$0].date }) {
                let at = Int(i), date = p[at].date
                for spot in RecordIndex.distinct(p[at].hotSpots) {
                    let n = roundSpots.number(spot)
                    if n == roundSlots.count {
                        roundSlots.append(DatedSlots())
                        roundDays.append(SortedDays())
                    }
                    roundSlots[n].append(date, i)
                    roundDays[n].append(date)
                }
                roundSlotsByDay.append(date, i)
                roundMetric.append(date)
            }
        }
        for (n, spot) in roundSpots.places.enumerated() {
            roundSlotsBySpot[spot] = roundSlots[n]
            roundDaysBySpot[spot] = roundDays[n]
        }
        if !rounds.isEmpty { metricDays[.rounds] = roundMetric }
        var interventionSpots = PlaceNumbers()
        var kindDays: [InterventionKind: SortedDays] = [:]
        var placeDays: [InterventionKind: [String: SortedDays]] = [:]
        var placeSlots: [DatedSlots] = []
        interventions.withUnsafeBufferPointer { p in
            for i in dayOrder(interventions.count, { interventions[$0].date }) {
                let at = Int(i), date = p[at].date, kind = p[at].kind
                kindDays[kind, default: SortedDays()].append(date)
                if let spot = p[at].hotSpot {
                    placeDays[kind, default: [:]][spot, default: SortedDays()].append(date)
                    let n = interventionSpots.number(spot)
                    if n == placeSlots.count { placeSlots.append(DatedSlots()) }
                    placeSlots[n].append(date, i)
                }
            }
        }
        for (kind, days) in kindDays { metricDays[.interventions(kind)] = days }
        interventionDaysBySpot = placeDays
        for (n, spot) in interventionSpots.places.enumerated() { interventionSlotsBySpot[spot] = placeSlots[n] }
        measures = ledger.measures.values.sorted(by: RecordIndex.listedBefore)
        for measure in measures {
            if let spot = measure.hotSpot { measureDaysBySpot[spot, default: SortedDays()].append(measure.decided) }
        }
        for key in measureDaysBySpot.keys { measureDaysBySpot[key]!.sort() }
        rounds.withUnsafeBufferPointer { p in
            for i in p.indices {
                recordsByYear[p[i].date.year, default: 0] += 1
                RecordIndex.add(p[i], to: &presenceByDay, sign: 1)
            }
        }
        interventions.withUnsafeBufferPointer { p in
            for i in p.indices { recordsByYear[p[i].date.year, default: 0] += 1 }
        }
        for measure in measures { recordsByYear[measure.decided.year, default: 0] += 1 }
        for measure in measures {
            if let spot = measure.hotSpot { measuresBySpot[spot, default: []].append(measure) }
        }
    }
}

/// Places numbered in the order first met, so a build keeps each place's lists in arrays
/// by number and puts them under the place's name once at the end: one look-up by name per
/// record, where every list looked its place up again.
struct PlaceNumbers {
    private var number: [String: Int] = [:]
    private(set) var places: [String] = []

    /// The place's number; a place not met before gets the next one.
    mutating func number(_ place: String) -> Int {
        if let n = number[place] { return n }
        number[place] = places.count
        places.append(place)
        return places.count - 1
    }
}
