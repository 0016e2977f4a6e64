import Foundation

/// A JSON value kept as data, so that fields written by a newer version of
/// Lägesbild survive being read and written again by this one.
public enum JSONValue: Sendable, Equatable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public var string: String? { if case .string(let s) = self { return s } else { return nil } }
    public var object: [String: JSONValue]? { if case .object(let o) = self { return o } else { return nil } }
    public var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    public var bool: Bool? { if case .bool(let b) = self { return b } else { return nil } }

    /// Integral numbers only: counts in Lägesbild are whole.
    public var int: Int? {
        guard case .number(let d) = self, d.rounded() == d, abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }

    public subscript(key: String) -> JSONValue? { object?[key] }
}

extension JSONValue: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // The decoder cannot be asked for a value's type, only tried; every miss throws,
        // and throwing dominated reading a journal. So the commonest kinds come first:
        // a line is mostly strings, then objects (the line, `data`, counts), then numbers.
        if container.decodeNil() { self = .null }
        else if let s = try? container.decode(String.self) { self = .string(s) }
        else if let o = try? container.decode([String: JSONValue].self) { self = .object(o) }
        else if let b = try? container.decode(Bool.self) { self = .bool(b) }
        else if let d = try? container.decode(Double.self) { self = .number(d) }
        else if let a = try? container.decode([JSONValue].self) { self = .array(a) }
        else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unsupported JSON value")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .number(let d):
            if d.rounded() == d, abs(d) < 9.0e15 { try container.encode(Int(d)) } else { try container.encode(d) }
        case .string(let s): try container.encode(s)
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        }
    }
}

/// Reads typed fields out of a JSON object and collects every problem with its field name,
/// so one malformed record reports all that is wrong with it at once.
public struct FieldReader {
    public let object: [String: JSONValue]
    public private(set) var problems: [FieldProblem] = []
    /// The keys read, in a small array: a record has a dozen fields, and comparing a few short
    /// texts costs less than hashing each of them into a set.
    private var used: [String] = []

    public init(_ object: [String: JSONValue]) {
        self.object = object
        used.reserveCapacity(object.count + 4)
    }

    /// Fields this reader did not consume: kept verbatim for the next write.
    public var unknown: [String: JSONValue] {
        object.filter { !used.contains($0.key) }
    }

    private mutating func use(_ key: String) { if !used.contains(key) { used.append(key) } }

    public mutating func fail(_ problem: FieldProblem) { problems.append(problem) }

    public mutating func string(_ key: String, required: Bool = true) -> String? {
        use(key)
        guard let value = object[key], value != .null else {
            if required { problems.append(.missing(key)) }
            return nil
        }
        guard let s = value.string else { problems.append(.notText(key)); return nil }
        return s
    }

    public mutating func int(_ key: String, default fallback: Int? = nil) -> Int? {
        use(key)
        guard let value = object[key], value != .null else {
            if fallback == nil { problems.append(.missing(key)) }
            return fallback
        }
        guard let i = value.int else { problems.append(.notInteger(key)); return fallback }
        return i
    }

    /// A number (a position's metres); nil when absent.
    public mutating func double(_ key: String) -> Double? {
        use(key)
        guard let value = object[key], value != .null else { return nil }
        guard case .number(let n) = value, n.isFinite else { problems.append(.notNumber(key)); return nil }
        return n
    }

    public mutating func day(_ key: String, required: Bool = true) -> Day? {
        guard let s = string(key, required: required) else { return nil }
        guard let d = Day(iso: s) else { problems.append(.notDate(key, s)); return nil }
        return d
    }

    public mutating func time(_ key: String) -> ClockTime? {
        guard let s = string(key, required: false) else { return nil }
        guard let t = ClockTime(s) else { problems.append(.notTime(key, s)); return nil }
        return t
    }

    public mutating func uuid(_ key: String) -> UUID? {
        guard let s = string(key) else { return nil }
        guard let u = UUID(journalText: s) else { problems.append(.notIdentifier(key, s)); return nil }
        return u
    }

    public mutating func enumValue<E: RawRepresentable>(_ key: String, _ type: E.Type, required: Bool = true) -> E? where E.RawValue == String {
        guard let s = string(key, required: required) else { return nil }
        guard let e = E(rawValue: s) else { problems.append(.unknownValue(key, s)); return nil }
        return e
    }

    public mutating func strings(_ key: String) -> [String] {
        use(key)
        guard let value = object[key], value != .null else { return [] }
        guard let items = value.array else { problems.append(.notList(key)); return [] }
        var result: [String] = []
        for item in items {
            guard let s = item.string else { problems.append(.notText(key)); continue }
            result.append(s)
        }
        return result
    }

    /// A list of whole numbers; a missing key is an empty list.
    public mutating func ints(_ key: String) -> [Int] {
        use(key)
        guard let value = object[key], value != .null else { return [] }
        guard let items = value.array else { problems.append(.notList(key)); return [] }
        var result: [Int] = []
        for item in items {
            guard case .number(let n) = item, n == n.rounded(), abs(n) < 1e9 else { problems.append(.notInteger(key)); continue }
            result.append(Int(n))
        }
        return result
    }

    public mutating func objects(_ key: String) -> [[String: JSONValue]] {
        use(key)
        guard let value = object[key], value != .null else { return [] }
        guard let items = value.array else { problems.append(.notList(key)); return [] }
        return items.compactMap { item in
            guard let o = item.object else { problems.append(.notObject(key)); return nil }
            return o
        }
    }

    public mutating func counts(_ key: String) -> [String: Int] {
        use(key)
        guard let value = object[key], value != .null else { return [:] }
        guard let o = value.object else { problems.append(.notObject(key)); return [:] }
        var result: [String: Int] = [:]
        for (k, v) in o {
            guard let i = v.int else { problems.append(.notInteger("\(key).\(k)")); continue }
            result[k] = i
        }
        return result
    }
}

/// What is wrong with one field of a record read from a file.
public enum FieldProblem: Sendable, Equatable {
    case missing(String)
    case notText(String)
    case notInteger(String)
    case notDate(String, String)
    case notTime(String, String)
    case notIdentifier(String, String)
    case unknownValue(String, String)
    case notList(String)
    case notObject(String)
    case notNumber(String)
    /// A position given in part (`n` without `e`), or outside Sweden or the outline.
    case position(PositionProblem)
}
