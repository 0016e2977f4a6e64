import Foundation

/// Turns what was typed into a record, or into every problem beside its field. The forms
/// and `lagesbild add` both go through here and then through `Validator`, so typed entry,
/// scripted entry and import agree on the rules.
public struct EntryBuilder: Sendable {
    public let plan: Plan
    public let today: Day
    /// Turns typed WGS 84 positions into SWEREF 99 TM (PROJ, from the executable); without
    /// one a typed position is refused with the reason.
    public let positions: (any CoordinateConverter)?

    public init(plan: Plan, today: Day, positions: (any CoordinateConverter)? = nil) {
        self.plan = plan
        self.today = today
        self.positions = positions
    }

    /// Every spelling of an organisation a person may type: key, Swedish and English word.
    public static let organisationNames: [(spelling: String, key: String)] = Organisation.allCases.flatMap { o in
        [(o.rawValue, o.rawValue), (Language.sv(.organisation(o)), o.rawValue), (Language.en(.organisation(o)), o.rawValue)]
    }

    /// The kinds an officer enters one field at a time; meetings and hot spots have their own ways in.
    public static let kinds: [RecordKind] = [.round, .intervention, .incident, .measure]

    public func build(_ kind: RecordKind, id: UUID, _ f: EntryFields) -> Result<Record, EntryProblems> {
        var p = Parse(fields: f, today: today)
        let record: Record
        switch kind {
        case .round: record = .round(round(id, &p))
        case .intervention: record = .intervention(intervention(id, &p))
        case .incident: record = .incident(incident(id, &p))
        case .measure: record = .measure(measure(id, &p))
        case .meeting, .hotspot:
            // Written by the meeting view, never typed in an entry form.
            return .failure(EntryProblems([("kind", .unknownChoice(kind.rawValue))]))
        }
        // Rules of the domain; a field that could not even be read keeps only that problem.
        let unreadable = Set(p.problems.fields)
        for (field, problem) in Validator(plan: plan, today: today).problems(in: record) {
            let key = field.hasPrefix(EntryKey.participants + ".") ? EntryKey.participants : field
            guard !unreadable.contains(key) else { continue }
            // Beside its field "must not be empty" says it all; the rule's text names the field
            // by its file key, which the form already shows in words.
            if case .emptyField = problem { p.problems.add(key, .required) } else { p.problems.add(key, .validation(problem)) }
        }
        return p.problems.isEmpty ? .success(record) : .failure(p.problems)
    }

    private func round(_ id: UUID, _ p: inout Parse) -> Round {
        var participants: [Organisation: Int] = [:]
        for (key, count) in p.counts(EntryKey.participants, names: EntryBuilder.organisationNames) {
            if let o = Organisation(rawValue: key) { participants[o] = count }
        }
        return Round(id: id, date: p.day(EntryKey.date), start: p.time(EntryKey.start), end: p.time(EntryKey.end),
                     hotSpots: p.fields.chosen(EntryKey.hotSpots), participants: participants,
                     observations: Set(p.choices(EntryKey.observations, Observation.self)),
                     notes: p.trimmed(EntryKey.notes), citizenContacts: p.number(EntryKey.contacts),
                     interventions: p.number(EntryKey.interventions), followUps: p.followUps(EntryKey.followUps),
                     minutes: p.numbers(EntryKey.minutes))
    }

    private func intervention(_ id: UUID, _ p: inout Parse) -> Intervention {
        var results: [String: Int] = [:]
        switch CountList.parseFree(p.fields.text(EntryKey.results)) {
        case .success(let counts): for (k, n) in counts { results[k, default: 0] += n }
        case .failure(let problem): p.problems.add(EntryKey.results, .counts(problem))
        }
        p.guardPersonalNumber(EntryKey.place)
        return Intervention(id: id, date: p.day(EntryKey.date),
                            kind: p.choice(EntryKey.kind, InterventionKind.self) ?? .trygghet,
                            hotSpot: p.fields.chosen(EntryKey.hotSpot).first, place: p.trimmed(EntryKey.place),
                            organisation: p.choice(EntryKey.organisation, Organisation.self) ?? .polis,
                            results: results, notes: p.trimmed(EntryKey.notes))
    }

    private func incident(_ id: UUID, _ p: inout Parse) -> Incident {
        p.guardPersonalNumber(EntryKey.place)
        let position = p.position(EntryKey.position, positions, outline: plan.outline)
        // A report with a position and no hot spot counts at the hot spot whose circle it is in.
        let hotSpot = p.fields.chosen(EntryKey.hotSpot).first
            ?? position.flatMap { HotSpotLocator.hotSpot(at: $0, in: plan.hotSpots.filter(\.active))?.id }
        return Incident(id: id, date: p.day(EntryKey.date), time: p.time(EntryKey.time),
                        hotSpot: hotSpot, place: p.trimmed(EntryKey.place),
                        category: p.choice(EntryKey.category, IncidentCategory.self) ?? .otryggPlats,
                        source: p.choice(EntryKey.source, IncidentSource.self) ?? .allmanhet,
                        text: p.trimmed(EntryKey.text), position: position)
    }

    private func measure(_ id: UUID, _ p: inout Parse) -> Measure {
        p.guardPersonalNumber(EntryKey.responsible)
        let decided = p.fields.text(EntryKey.decided).isEmpty ? today : p.day(EntryKey.decided)
        return Measure(id: id, hotSpot: p.fields.chosen(EntryKey.hotSpot).first, what: p.trimmed(EntryKey.what),
                       responsible: p.trimmed(EntryKey.responsible), decided: decided, due: p.day(EntryKey.due),
                       status: p.fields.chosen(EntryKey.status).isEmpty ? .open : (p.choice(EntryKey.status, MeasureStatus.self) ?? .open))
    }
}

/// Reads typed fields one by one, collecting a problem for each that cannot be read and
/// putting a harmless placeholder in its place so the rest can still be checked.
private struct Parse {
    let fields: EntryFields
    let today: Day
    var problems = EntryProblems()

    func trimmed(_ key: String) -> String { fields.text(key).trimmingCharacters(in: .whitespaces) }

    mutating func day(_ key: String) -> Day {
        let text = trimmed(key)
        if text.isEmpty { problems.add(key, .required); return today }
        guard let day = Day(iso: text) else { problems.add(key, .invalidDate(text)); return today }
        return day
    }

    mutating func time(_ key: String) -> ClockTime? {
        let text = trimmed(key)
        guard !text.isEmpty else { return nil }
        // `1930` is accepted for `19:30`: one key fewer on a phone-style keypad habit.
        let normalised = text.count == 4 && text.allSatisfy(\.isNumber) ? String(text.prefix(2)) + ":" + text.suffix(2) : text
        guard let t = ClockTime(normalised) else { problems.add(key, .invalidTime(text)); return nil }
        return t
    }

    /// A typed position, converted and checked; nil when nothing was typed or it is wrong.
    mutating func position(_ key: String, _ converter: (any CoordinateConverter)?, outline: Outline?) -> GridPoint? {
        let text = trimmed(key)
        guard !text.isEmpty else { return nil }
        guard let input = PositionInput.parse(text) else { problems.add(key, .positionFormat(text)); return nil }
        guard let converter else { problems.add(key, .position(.conversion("—"))); return nil }
        do {
            return try input.resolve(converter, outline: outline)
        } catch let problem as PositionProblem {
            problems.add(key, .position(problem))
        } catch {
            problems.add(key, .position(.conversion(String(describing: error))))
        }
        return nil
    }

    mutating func number(_ key: String) -> Int {
        let text = trimmed(key)
        guard !text.isEmpty else { return 0 }
        guard let n = Int(text) else { problems.add(key, .notANumber(text)); return 0 }
        return n
    }

    /// `15 10` (or `15, 10`): whole numbers; empty when nothing was typed.
    mutating func numbers(_ key: String) -> [Int] {
        let parts = trimmed(key).split { $0 == " " || $0 == "," }.map(String.init)
        var out: [Int] = []
        for part in parts {
            guard let n = Int(part) else { problems.add(key, .notANumber(part)); return [] }
            out.append(n)
        }
        return out
    }

    mutating func counts(_ key: String, names: [(spelling: String, key: String)]) -> [(key: String, count: Int)] {
        switch CountList.parse(fields.text(key), names: names) {
        case .success(let counts): return counts
        case .failure(let problem): problems.add(key, .counts(problem)); return []
        }
    }

    mutating func choices<T: RawRepresentable>(_ key: String, _ type: T.Type) -> [T] where T.RawValue == String {
        fields.chosen(key).compactMap { raw in
            guard let value = T(rawValue: raw) else { problems.add(key, .unknownChoice(raw)); return nil }
            return value
        }
    }

    mutating func choice<T: RawRepresentable>(_ key: String, _ type: T.Type) -> T? where T.RawValue == String {
        guard let raw = fields.chosen(key).first else { problems.add(key, .required); return nil }
        guard let value = T(rawValue: raw) else { problems.add(key, .unknownChoice(raw)); return nil }
        return value
    }

    /// Follow-ups already added as items, plus the one still being typed: `text / responsible`.
    mutating func followUps(_ key: String) -> [FollowUp] {
        let typed = trimmed(key)
        return (fields.chosen(key) + (typed.isEmpty ? [] : [typed])).compactMap { line in
            guard let slash = line.lastIndex(of: "/") else { problems.add(key, .followUpNeedsResponsible(line)); return nil }
            let text = line[..<slash].trimmingCharacters(in: .whitespaces)
            let responsible = line[line.index(after: slash)...].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !responsible.isEmpty else { problems.add(key, .followUpNeedsResponsible(line)); return nil }
            if let match = PersonalNumberGuard.firstMatch(in: responsible) { problems.add(key, .validation(.personalIdentityNumber(match))) }
            return FollowUp(text: text, responsible: responsible)
        }
    }

    /// Free text the validator does not look at (places, names of who is responsible).
    mutating func guardPersonalNumber(_ key: String) {
        if let match = PersonalNumberGuard.firstMatch(in: fields.text(key)) { problems.add(key, .validation(.personalIdentityNumber(match))) }
    }
}
