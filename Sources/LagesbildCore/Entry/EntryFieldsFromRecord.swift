/// The fields of a saved record, as a form shows them for a correction (amend).
extension EntryFields {
    public init(record: Record) {
        self.init()
        switch record {
        case .round(let r):
            texts = [EntryKey.date: r.date.iso, EntryKey.start: r.start?.description ?? "", EntryKey.end: r.end?.description ?? "",
                     EntryKey.participants: CountList.format(r.participants.sorted { $0.key < $1.key }.map { ($0.key.rawValue, $0.value) }),
                     EntryKey.notes: r.notes, EntryKey.contacts: String(r.citizenContacts),
                     EntryKey.interventions: String(r.interventions), EntryKey.followUps: "",
                     EntryKey.minutes: r.minutes.map(String.init).joined(separator: " ")]
            choices = [EntryKey.hotSpots: r.hotSpots, EntryKey.observations: r.observations.sorted().map(\.rawValue),
                       EntryKey.followUps: r.followUps.map { "\($0.text) / \($0.responsible)" }]
        case .intervention(let i):
            texts = [EntryKey.date: i.date.iso, EntryKey.place: i.place, EntryKey.notes: i.notes,
                     EntryKey.results: CountList.format(i.results.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })]
            choices = [EntryKey.kind: [i.kind.rawValue], EntryKey.hotSpot: i.hotSpot.map { [$0] } ?? [],
                       EntryKey.organisation: [i.organisation.rawValue]]
        case .incident(let i):
            texts = [EntryKey.date: i.date.iso, EntryKey.time: i.time?.description ?? "", EntryKey.place: i.place, EntryKey.text: i.text,
                     EntryKey.position: i.position.map { PositionInput.gridText($0) } ?? ""]
            choices = [EntryKey.hotSpot: i.hotSpot.map { [$0] } ?? [], EntryKey.category: [i.category.rawValue],
                       EntryKey.source: [i.source.rawValue]]
        case .measure(let m):
            texts = [EntryKey.what: m.what, EntryKey.responsible: m.responsible, EntryKey.decided: m.decided.iso, EntryKey.due: m.due.iso]
            choices = [EntryKey.hotSpot: m.hotSpot.map { [$0] } ?? [], EntryKey.status: [m.status.rawValue]]
        case .meeting, .hotSpot:
            break  // not corrected through the entry forms
        }
    }
}
