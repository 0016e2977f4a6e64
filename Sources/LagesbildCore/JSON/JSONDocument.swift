/// One token of a JSON text flattened in document order. The store's parser writes these
/// in place (its C `cs_token` declares the same fields in the same order), so a line is
/// read into records without a tree of values in between.
public struct JSONToken: Sendable {
    public var number: Double
    /// Members of an object or items of an array.
    public var count: UInt32
    /// Where a string's or key's bytes start in the document's string buffer.
    public var offset: UInt32
    public var length: UInt32
    /// Tokens this value takes, itself included: a reader steps over a member in one move.
    public var span: UInt32
    public var kind: UInt8

    public init(kind: JSONTokenKind, number: Double = 0, count: UInt32 = 0, offset: UInt32 = 0, length: UInt32 = 0,
                span: UInt32 = 1) {
        self.number = number
        self.count = count
        self.offset = offset
        self.length = length
        self.span = span
        self.kind = kind.rawValue
    }
}

public enum JSONTokenKind: UInt8, Sendable {
    case null = 0, `false` = 1, `true` = 2, number = 3, string = 4, object = 5, array = 6, key = 7
}

/// A parsed JSON text: tokens and the unescaped bytes of its strings, both borrowed from
/// whoever parsed it and valid only inside the call that hands the document out.
public struct JSONDocument {
    public let tokens: UnsafeBufferPointer<JSONToken>
    public let strings: UnsafeBufferPointer<UInt8>
    /// Where the parser keeps the texts it made for earlier lines; nil makes every text anew.
    public let texts: JSONTextCache?

    public init(tokens: UnsafeBufferPointer<JSONToken>, strings: UnsafeBufferPointer<UInt8>, texts: JSONTextCache? = nil) {
        self.tokens = tokens
        self.strings = strings
        self.texts = texts
    }

    /// The first value; a document always holds one.
    public var root: JSONNode { JSONNode(document: self, at: 0) }

    /// Flattens a value into a document for `body`: tests and callers holding a `JSONValue`
    /// go through the same decoding as lines read by the parser.
    public static func with<R>(_ value: JSONValue, _ body: (JSONDocument) -> R) -> R {
        var tokens: [JSONToken] = []
        var strings: [UInt8] = []
        flatten(value, &tokens, &strings)
        return tokens.withUnsafeBufferPointer { t in
            strings.withUnsafeBufferPointer { s in body(JSONDocument(tokens: t, strings: s)) }
        }
    }

    private static func text(_ s: String, _ kind: JSONTokenKind, _ tokens: inout [JSONToken], _ strings: inout [UInt8]) {
        let start = strings.count
        strings.append(contentsOf: s.utf8)
        tokens.append(JSONToken(kind: kind, offset: UInt32(start), length: UInt32(strings.count - start)))
    }

    private static func flatten(_ value: JSONValue, _ tokens: inout [JSONToken], _ strings: inout [UInt8]) {
        switch value {
        case .null: tokens.append(JSONToken(kind: .null))
        case .bool(let b): tokens.append(JSONToken(kind: b ? .true : .false))
        case .number(let n): tokens.append(JSONToken(kind: .number, number: n))
        case .string(let s): text(s, .string, &tokens, &strings)
        case .array(let items):
            let at = tokens.count
            tokens.append(JSONToken(kind: .array, count: UInt32(items.count)))
            for item in items { flatten(item, &tokens, &strings) }
            tokens[at].span = UInt32(tokens.count - at)
        case .object(let members):
            let at = tokens.count
            tokens.append(JSONToken(kind: .object, count: UInt32(members.count)))
            // Sorted, as the journal writes them, so a flattened value reads like a line.
            for key in members.keys.sorted() {
                text(key, .key, &tokens, &strings)
                flatten(members[key]!, &tokens, &strings)
            }
            tokens[at].span = UInt32(tokens.count - at)
        }
    }
}

/// One value of a `JSONDocument`.
public struct JSONNode {
    public let document: JSONDocument
    public let at: Int

    var token: JSONToken { document.tokens[at] }
    public var kind: JSONTokenKind { JSONTokenKind(rawValue: token.kind) ?? .null }
    public var isNull: Bool { token.kind == JSONTokenKind.null.rawValue }

    /// A string's bytes (empty for anything else).
    public var bytes: UnsafeBufferPointer<UInt8> {
        let t = token
        guard t.kind == JSONTokenKind.string.rawValue || t.kind == JSONTokenKind.key.rawValue, t.length > 0,
              let base = document.strings.baseAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base + Int(t.offset), count: Int(t.length))
    }

    public var string: String? {
        guard token.kind == JSONTokenKind.string.rawValue else { return nil }
        if let texts = document.texts { return texts.string(bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var number: Double? { token.kind == JSONTokenKind.number.rawValue ? token.number : nil }

    /// Integral numbers only: counts in Lägesbild are whole.
    public var int: Int? {
        guard let d = number, d.rounded() == d, abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }

    /// An array's items in order (none for anything else).
    public var items: [JSONNode] {
        let t = token
        guard t.kind == JSONTokenKind.array.rawValue else { return [] }
        var result: [JSONNode] = []
        result.reserveCapacity(Int(t.count))
        var i = at + 1
        for _ in 0..<t.count {
            result.append(JSONNode(document: document, at: i))
            i += Int(document.tokens[i].span)
        }
        return result
    }

    /// Calls `body` with each member's key node and value node, in document order.
    public func forEachMember(_ body: (_ key: JSONNode, _ value: JSONNode) -> Void) {
        let t = token
        guard t.kind == JSONTokenKind.object.rawValue else { return }
        var i = at + 1
        for _ in 0..<t.count {
            let value = JSONNode(document: document, at: i + 1)
            body(JSONNode(document: document, at: i), value)
            i += 1 + Int(document.tokens[i + 1].span)
        }
    }

    /// The key's text (for a key node).
    public var keyText: String { String(decoding: bytes, as: UTF8.self) }

    /// The value as data, for fields kept verbatim (unknown to this version).
    public var value: JSONValue {
        switch kind {
        case .null, .key: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .number: return .number(token.number)
        case .string: return .string(String(decoding: bytes, as: UTF8.self))
        case .array: return .array(items.map(\.value))
        case .object:
            var o: [String: JSONValue] = [:]
            // A repeated key keeps its last value, as a JSON object read into a dictionary does.
            forEachMember { key, value in o[key.keyText] = value.value }
            return .object(o)
        }
    }
}
