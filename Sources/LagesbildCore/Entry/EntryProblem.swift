/// What is wrong with one field of an entry, before or after it became a record.
public enum EntryProblem: Sendable, Equatable, Hashable {
    case invalidDate(String)
    case invalidTime(String)
    case notANumber(String)
    case required
    case unknownChoice(String)
    case counts(CountList.Problem)
    /// A follow-up written without `/ responsible`.
    case followUpNeedsResponsible(String)
    case validation(ValidationProblem)
    /// Two numbers that are no position, as typed.
    case positionFormat(String)
    case position(PositionProblem)
}

/// Every problem of an entry, in field order.
public struct EntryProblems: Error, Sendable, Equatable {
    public var items: [(field: String, problem: EntryProblem)]

    public init(_ items: [(field: String, problem: EntryProblem)] = []) { self.items = items }

    public var isEmpty: Bool { items.isEmpty }
    public var fields: [String] { items.map(\.field) }

    public mutating func add(_ field: String, _ problem: EntryProblem) {
        guard !items.contains(where: { $0.field == field && $0.problem == problem }) else { return }
        items.append((field, problem))
    }

    public static func == (a: EntryProblems, b: EntryProblems) -> Bool {
        a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { $0.field == $1.field && $0.problem == $1.problem }
    }
}
