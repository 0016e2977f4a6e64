import LagesbildCore

/// The fields of each kind of entry form, in the order Tab visits them, with their
/// defaults. Keys are Core's `EntryKey`, so `EntryBuilder` reads them and validation
/// problems land beside the right field.
enum EntryFieldSets {
    static func hotSpotChoices(_ plan: Plan, keeping ids: [String] = []) -> [Choice] {
        // Retired hot spots stay choosable only when a record being corrected names them.
        plan.hotSpots.filter { $0.active || ids.contains($0.id) }
            .map { Choice(id: $0.id, label: $0.name, detail: pickerDetail($0)) }
    }

    /// The locality and the other names a hot spot is found by, each once and none that
    /// repeats its name: `Hok, stationen`, not `Hok Hok`.
    static func pickerDetail(_ spot: HotSpot) -> String {
        var seen: Set<String> = [spot.name.lowercased()]
        return ([spot.locality] + spot.aliases).filter { seen.insert($0.lowercased()).inserted }.joined(separator: ", ")
    }

    static func choices<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ word: (T) -> String) -> [Choice] where T.RawValue == String {
        T.allCases.map { Choice(id: $0.rawValue, label: word($0)) }
    }

    /// A round: date today, the last hour, and the cursor on the hot spots, where an officer
    /// starts typing.
    static func round(plan: Plan, today: Day, now: ClockTime, language l: Language, keeping: [String] = []) -> (fields: [FormField], focus: Int) {
        let start = ClockTime(hour: max(0, now.minutes - 60) / 60, minute: max(0, now.minutes - 60) % 60)!
        func t(_ e: EntryText) -> String { l(.entry(e)) }
        let fields = [
            FormField(key: EntryKey.date, label: t(.fieldDate), value: today.iso),
            FormField(key: EntryKey.start, label: t(.fieldStart), value: start.description),
            FormField(key: EntryKey.end, label: t(.fieldEnd), value: now.description),
            FormField(key: EntryKey.hotSpots, label: t(.fieldHotSpots),
                      control: .picker(options: hotSpotChoices(plan, keeping: keeping), multiple: true), note: t(.hintPicker)),
            FormField(key: EntryKey.participants, label: t(.fieldParticipants), note: t(.hintParticipants)),
            FormField(key: EntryKey.observations, label: t(.fieldObservations),
                      control: .checklist(options: choices(Observation.self) { l(.observation($0)) })),
            FormField(key: EntryKey.notes, label: t(.fieldNotes)),
            FormField(key: EntryKey.contacts, label: t(.fieldContacts)),
            FormField(key: EntryKey.interventions, label: t(.fieldInterventions)),
            FormField(key: EntryKey.followUps, label: t(.fieldFollowUps), control: .list, note: t(.hintFollowUps)),
            // Presence (dosage): how long at each place; last, since most rounds leave it to the estimate.
            FormField(key: EntryKey.minutes, label: t(.fieldMinutes), note: t(.hintMinutes)),
        ]
        return (fields, 3)
    }

    static func intervention(plan: Plan, today: Day, language l: Language, keeping: [String] = []) -> (fields: [FormField], focus: Int) {
        func t(_ e: EntryText) -> String { l(.entry(e)) }
        let fields = [
            FormField(key: EntryKey.date, label: t(.fieldDate), value: today.iso),
            FormField(key: EntryKey.kind, label: t(.fieldKind),
                      control: .picker(options: choices(InterventionKind.self) { l(.interventionKind($0)) }, multiple: false)),
            FormField(key: EntryKey.hotSpot, label: t(.fieldHotSpot),
                      control: .picker(options: hotSpotChoices(plan, keeping: keeping), multiple: false), note: t(.hintPicker)),
            FormField(key: EntryKey.place, label: t(.fieldPlace)),
            FormField(key: EntryKey.organisation, label: t(.fieldOrganisation),
                      control: .picker(options: choices(Organisation.self) { l(.organisation($0)) }, multiple: false),
                      chosen: [Organisation.polis.rawValue]),
            FormField(key: EntryKey.results, label: t(.fieldResults), note: t(.hintCounts)),
            FormField(key: EntryKey.notes, label: t(.fieldNotes)),
        ]
        return (fields, 1)
    }

    static func incident(plan: Plan, today: Day, now: ClockTime, language l: Language, keeping: [String] = []) -> (fields: [FormField], focus: Int) {
        func t(_ e: EntryText) -> String { l(.entry(e)) }
        let fields = [
            FormField(key: EntryKey.date, label: t(.fieldDate), value: today.iso),
            FormField(key: EntryKey.time, label: t(.fieldTime), value: now.description),
            FormField(key: EntryKey.hotSpot, label: t(.fieldHotSpot),
                      control: .picker(options: hotSpotChoices(plan, keeping: keeping), multiple: false), note: t(.hintPicker)),
            FormField(key: EntryKey.place, label: t(.fieldPlace)),
            FormField(key: EntryKey.position, label: l(.geo(.fieldPosition)), note: l(.geo(.fieldPositionHelp))),
            FormField(key: EntryKey.category, label: t(.fieldCategory),
                      control: .picker(options: choices(IncidentCategory.self) { l(.incidentCategory($0)) }, multiple: false)),
            FormField(key: EntryKey.source, label: t(.fieldSource),
                      control: .picker(options: choices(IncidentSource.self) { l(.incidentSource($0)) }, multiple: false)),
            FormField(key: EntryKey.text, label: t(.fieldText)),
        ]
        return (fields, 2)
    }

    /// A new measure is due two weeks after the decision unless changed: the EST rhythm.
    static let measureLeadDays = 14

    static func measure(plan: Plan, today: Day, language l: Language, hotSpot: String?, keeping: [String] = []) -> (fields: [FormField], focus: Int) {
        func t(_ e: EntryText) -> String { l(.entry(e)) }
        let fields = [
            FormField(key: EntryKey.hotSpot, label: t(.fieldHotSpot),
                      control: .picker(options: hotSpotChoices(plan, keeping: keeping), multiple: false),
                      chosen: hotSpot.map { [$0] } ?? []),
            FormField(key: EntryKey.what, label: t(.fieldWhat)),
            FormField(key: EntryKey.responsible, label: t(.fieldResponsible)),
            FormField(key: EntryKey.decided, label: t(.fieldDecided), value: today.iso),
            FormField(key: EntryKey.due, label: t(.fieldDue), value: today.adding(days: measureLeadDays).iso),
            FormField(key: EntryKey.status, label: t(.fieldStatus),
                      control: .picker(options: choices(MeasureStatus.self) { l(.measureStatus($0)) }, multiple: false),
                      chosen: [MeasureStatus.open.rawValue]),
        ]
        return (fields, hotSpot == nil ? 0 : 1)
    }
}
