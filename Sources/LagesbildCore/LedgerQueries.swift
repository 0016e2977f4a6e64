import Foundation

/// The records of a period, at one place or anywhere, read through the index: it keeps
/// where each lies in its kind's array, so none is looked up by id in the table of every
/// record (which, at a million records, was most of opening the report or the meeting).
extension Ledger {
    /// The incidents dated `from`...`to`, possible duplicates included.
    public func incidentsDated(from: Day, to: Day) -> [Incident] {
        let incidents = tables.incidents
        return index.incidentSlots(from: from, to: to).map { incidents[Int($0)] }
    }

    /// As `countedIncidents`, dated `from`...`to`.
    public func countedIncidentsDated(from: Day, to: Day) -> [Incident] {
        let duplicates = index.duplicateOf, incidents = tables.incidents
        guard !duplicates.isEmpty else { return incidentsDated(from: from, to: to) }
        return index.incidentSlots(from: from, to: to).compactMap {
            let incident = incidents[Int($0)]
            return duplicates[incident.id] == nil ? incident : nil
        }
    }

    public func roundsDated(from: Day, to: Day) -> [Round] {
        let rounds = tables.rounds
        return index.roundSlots(from: from, to: to).map { rounds[Int($0)] }
    }

    /// The incidents at a place (possible duplicates included), in day order.
    public func incidents(at spot: String, from: Day, to: Day) -> [Incident] {
        let incidents = tables.incidents
        return index.incidentSlots(at: spot, from: from, to: to).map { incidents[Int($0)] }
    }

    /// The rounds that visited a place, in day order.
    public func rounds(at spot: String, from: Day, to: Day) -> [Round] {
        let rounds = tables.rounds
        return index.roundSlots(at: spot, from: from, to: to).map { rounds[Int($0)] }
    }

    /// The interventions at a place, in day order.
    public func interventions(at spot: String, from: Day, to: Day) -> [Intervention] {
        let interventions = tables.interventions
        return index.interventionSlots(at: spot, from: from, to: to).map { interventions[Int($0)] }
    }

    /// Every intervention with a place dated `from`...`to`, place by place.
    public func placedInterventions(from: Day, to: Day) -> [Intervention] {
        index.interventionPlaces.flatMap { interventions(at: $0, from: from, to: to) }
    }
}

extension Array where Element == Incident {
    /// The end of a read in day order (`Ledger.incidentsDated`) from `day` on: a slice, not
    /// a copy, for the parts of a report or an agenda that each look at fewer weeks.
    func dated(from day: Day) -> ArraySlice<Incident> { self[LagesbildCore.firstIndex(notBefore: day, in: self) { $0.date }...] }
}
