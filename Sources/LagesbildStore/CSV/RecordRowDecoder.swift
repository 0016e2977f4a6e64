import Foundation
import LagesbildCore
import LagesbildGeo

/// Turns one CSV row (cells by column name) back into a record, collecting every problem.
/// Vocabulary cells take the file key (`vald`) or the Swedish or English word (`våld`,
/// `violence`), and hot spots their id, name or alias, so a sheet typed by hand imports too.
struct RecordRowDecoder {
    let plan: Plan
    let kind: RecordKind
    private(set) var problems: [ImportProblem] = []
    private let cells: [String: String]

    init(plan: Plan, kind: RecordKind, cells: [String: String]) {
        self.plan = plan
        self.kind = kind
        self.cells = cells
    }

    static func decode(plan: Plan, kind: RecordKind, cells: [String: String]) -> (record: Record?, problems: [ImportProblem]) {
        var d = RecordRowDecoder(plan: plan, kind: kind, cells: cells)
        let record = d.record()
        return (d.problems.isEmpty ? record : nil, d.problems)
    }

    private mutating func record() -> Record? {
        let id = identifier()
        switch kind {
        case .round:
            let date = day("date")
            let spots = list("hotspots").map(spot)
            if spots.isEmpty, cell("hotspots").isEmpty { fail(.missing("hotspots")) }
            var participants: [Organisation: Int] = [:]
            for org in Organisation.allCases {
                if let n = int(RecordColumns.participantColumn(org)) { participants[org] = n }
            }
            var observations = Set<Observation>()
            for item in list("observations") {
                if let o: Observation = vocabulary("observations", item, { .observation($0) }) { observations.insert(o) }
            }
            let round = Round(id: id, date: date ?? Day(ordinal: 0), start: time("start"), end: time("end"), hotSpots: spots,
                              participants: participants, observations: observations, notes: cell("notes"),
                              citizenContacts: int("contacts") ?? 0, interventions: int("interventions") ?? 0,
                              followUps: followUps(), minutes: ints("minutes"))
            return date == nil ? nil : .round(round)
        case .intervention:
            let date = day("date")
            let kind: InterventionKind? = required("kind").flatMap { vocabulary("kind", $0, { .interventionKind($0) }) }
            let org: Organisation? = required("organisation").flatMap { vocabulary("organisation", $0, { .organisation($0) }) }
            var results: [String: Int] = [:]
            for item in list("results") {
                guard let eq = item.lastIndex(of: "="), let n = Int(item[item.index(after: eq)...].trimmingCharacters(in: .whitespaces)) else {
                    fail(.notInteger("results")); continue
                }
                results[String(item[..<eq]).trimmingCharacters(in: .whitespaces)] = n
            }
            let hotSpot = optionalSpot("hotspot"), place = cell("place"), notes = cell("notes")
            guard let date, let kind, let org else { return nil }
            return .intervention(Intervention(id: id, date: date, kind: kind, hotSpot: hotSpot, place: place, organisation: org,
                                              results: results, notes: notes))
        case .incident:
            let date = day("date"), time = time("time"), hotSpot = optionalSpot("hotspot")
            let category: IncidentCategory? = required("category").flatMap { vocabulary("category", $0, { .incidentCategory($0) }) }
            let source: IncidentSource? = required("source").flatMap { vocabulary("source", $0, { .incidentSource($0) }) }
            let position = self.position()
            guard let date, let category, let source else { return nil }
            // Only coordinates: the incident counts at the hot spot whose circle holds it.
            let spot = hotSpot ?? position.flatMap { HotSpotLocator.hotSpot(at: $0, in: plan.hotSpots.filter(\.active))?.id }
            return .incident(Incident(id: id, date: date, time: time, hotSpot: spot, place: cell("place"), category: category,
                                      source: source, text: cell("text"), position: position))
        case .measure:
            let decided = day("decided"), due = day("due")
            let status: MeasureStatus? = cell("status").isEmpty ? .open
                : vocabulary("status", cell("status"), { .measureStatus($0) })
            guard let decided, let due, let status else { return nil }
            return .measure(Measure(id: id, hotSpot: optionalSpot("hotspot"), what: cell("what"), responsible: cell("responsible"),
                                    decided: decided, due: due, status: status))
        case .meeting, .hotspot:
            return nil  // `CSVImport` refuses these kinds before any row is read
        }
    }

    private mutating func fail(_ problem: FieldProblem) { problems.append(.field(problem)) }

    private func cell(_ column: String) -> String { cells[column] ?? "" }

    /// `lat`/`lon` (WGS 84) or `n`/`e` (SWEREF 99 TM), a decimal comma accepted; checked to
    /// lie in Sweden and inside the plan's outline.
    private mutating func position() -> GridPoint? {
        func value(_ column: String) -> Double?? {
            let text = cell(column).trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return .some(nil) }
            guard let v = PositionInput.number(text) else { fail(.notNumber(column)); return nil }
            return .some(v)
        }
        guard let lat = value("lat"), let lon = value("lon"), let n = value("n"), let e = value("e") else { return nil }
        let input: PositionInput
        switch (lat, lon, n, e) {
        case (nil, nil, nil, nil): return nil
        case (let lat?, let lon?, nil, nil): input = .geographic(GeoPoint(latitude: lat, longitude: lon))
        case (nil, nil, let n?, let e?): input = .grid(GridPoint(n: n, e: e))
        default: fail(.position(.incomplete)); return nil
        }
        do {
            return try ProjCoordinates.resolve(input, outline: plan.outline)
        } catch let problem as PositionProblem {
            fail(.position(problem))
        } catch {
            fail(.position(.conversion(String(describing: error))))
        }
        return nil
    }

    private mutating func required(_ column: String) -> String? {
        let value = cell(column).trimmingCharacters(in: .whitespaces)
        if value.isEmpty { fail(.missing(column)); return nil }
        return value
    }

    /// An empty id makes a new record; a file without ids therefore adds its rows again on
    /// every import, while an exported file (ids included) never does.
    private mutating func identifier() -> UUID {
        let text = cell("id").trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return UUID() }
        if let id = UUID(uuidString: text) { return id }
        fail(.notIdentifier("id", text))
        return UUID()
    }

    private mutating func day(_ column: String) -> Day? {
        guard let text = required(column) else { return nil }
        guard let day = Day(iso: text) else { fail(.notDate(column, text)); return nil }
        return day
    }

    private mutating func time(_ column: String) -> ClockTime? {
        let text = cell(column).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let t = ClockTime(text) else { fail(.notTime(column, text)); return nil }
        return t
    }

    private mutating func int(_ column: String) -> Int? {
        let text = cell(column).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let n = Int(text) else { fail(.notInteger(column)); return nil }
        return n
    }

    /// `15|10`: whole numbers in a list cell; a missing column is an empty list.
    private mutating func ints(_ column: String) -> [Int] {
        list(column).compactMap { text in
            guard let n = Int(text) else { fail(.notInteger(column)); return nil }
            return n
        }
    }

    private func list(_ column: String) -> [String] {
        cell(column).split(separator: RecordColumns.listSeparator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A known hot spot's id; unknown text is kept as it is, so the validator names it.
    private func spot(_ text: String) -> String { plan.resolveHotSpot(text)?.id ?? text }

    private func optionalSpot(_ column: String) -> String? {
        let text = cell(column).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : spot(text)
    }

    private mutating func vocabulary<V: RawRepresentable & CaseIterable>(_ column: String, _ text: String, _ word: (V) -> Text) -> V?
        where V.RawValue == String {
        let key = text.trimmingCharacters(in: .whitespaces)
        if let v = V(rawValue: key) { return v }
        let lower = key.lowercased()
        if let v = V.allCases.first(where: { c in Language.allCases.contains { $0(word(c)).lowercased() == lower } }) { return v }
        fail(.unknownValue(column, key))
        return nil
    }

    private mutating func followUps() -> [FollowUp] {
        let text = cell("followups").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)), let items = value.array else {
            fail(.notList("followups")); return []
        }
        var out: [FollowUp] = []
        for item in items {
            guard let o = item.object, let t = o["text"]?.string else { fail(.notObject("followups")); continue }
            out.append(FollowUp(text: t, responsible: o["responsible"]?.string ?? ""))
        }
        return out
    }
}
