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
