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
    mutating func addIncidents(_ ledger: Ledger) {
        let incidents = ledger.incidents.values
        let order = dayOrder(incidents.count) { incidents[$0].date }
        for i in order {
            let incident = incidents[Int(i)]
            if let key = DuplicateRule.key(incident) { positioned[key, default: []].append(incident) }
            if let spot = incident.hotSpot { incidentSlotsBySpot[spot, default: DatedSlots()].append(incident.date, i) }
            incidentSlotsByDay.append(incident.date, i)
        }
        for group in positioned.values where group.count > 1 {
            duplicateOf.merge(DuplicateRule.duplicates(in: group)) { a, _ in a }
        }
        for i in order {
            let incident = incidents[Int(i)]
            if duplicateOf[incident.id] == nil, let spot = incident.hotSpot {
                incidentDaysBySpot[spot, default: SortedDays()].append(incident.date)
                incidentDaysBySpotAndCategory[spot, default: [:]][incident.category, default: SortedDays()].append(incident.date)
            }
        }
        for incident in incidents { recordsByYear[incident.date.year, default: 0] += 1 }
    }

    /// The tables of rounds, interventions and measures.
    mutating func addOthers(_ ledger: Ledger) {
        let rounds = ledger.rounds.values, interventions = ledger.interventions.values
        for i in dayOrder(rounds.count, { rounds[$0].date }) {
            let round = rounds[Int(i)]
            for spot in RecordIndex.distinct(round.hotSpots) {
                roundSlotsBySpot[spot, default: DatedSlots()].append(round.date, i)
                roundDaysBySpot[spot, default: SortedDays()].append(round.date)
            }
            roundSlotsByDay.append(round.date, i)
            metricDays[.rounds, default: SortedDays()].append(round.date)
        }
        for i in dayOrder(interventions.count, { interventions[$0].date }) {
            let intervention = interventions[Int(i)]
            metricDays[.interventions(intervention.kind), default: SortedDays()].append(intervention.date)
            if let spot = intervention.hotSpot {
                interventionDaysBySpot[intervention.kind, default: [:]][spot, default: SortedDays()].append(intervention.date)
                interventionSlotsBySpot[spot, default: DatedSlots()].append(intervention.date, i)
            }
        }
        measures = ledger.measures.values.sorted(by: RecordIndex.listedBefore)
        for measure in measures {
            if let spot = measure.hotSpot { measureDaysBySpot[spot, default: SortedDays()].append(measure.decided) }
        }
        for key in measureDaysBySpot.keys { measureDaysBySpot[key]!.sort() }
        for round in rounds {
            recordsByYear[round.date.year, default: 0] += 1
            RecordIndex.add(round, to: &presenceByDay, sign: 1)
        }
        for intervention in interventions { recordsByYear[intervention.date.year, default: 0] += 1 }
        for measure in measures { recordsByYear[measure.decided.year, default: 0] += 1 }
        for measure in measures {
            if let spot = measure.hotSpot { measuresBySpot[spot, default: []].append(measure) }
        }
    }
}
