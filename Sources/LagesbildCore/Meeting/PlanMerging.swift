/// The one place where hot spots added in the journal join the plan's own. Every reader
/// that puts the plan next to the records (summary, report, check, dashboard, wall, the
/// meeting) goes through here, so they all see the same hot spots.
extension Plan {
    /// The plan with `added` hot spots appended after its own, in the order they were added.
    /// `plan.yaml` wins: an added spot whose id or name the plan already has is left out,
    /// so editing the file to adopt a spot properly never shows it twice.
    public func merging(addedHotSpots added: [AddedHotSpot]) -> Plan {
        guard !added.isEmpty else { return self }
        var merged = self
        var ids = Set(hotSpots.map(\.id))
        var names = Set(hotSpots.map { $0.name.lowercased() })
        for spot in added.sorted(by: { ($0.added, $0.key) < ($1.added, $1.key) }) {
            guard !ids.contains(spot.key), !names.contains(spot.name.lowercased()) else { continue }
            ids.insert(spot.key)
            names.insert(spot.name.lowercased())
            merged.hotSpots.append(spot.hotSpot)
        }
        return merged
    }

    /// The plan with the hot spots the ledger's journal added.
    public func merging(_ ledger: Ledger) -> Plan {
        merging(addedHotSpots: Array(ledger.addedHotSpots.values))
    }
}
