import Foundation

/// Reads typed fields out of a JSON object and collects every problem with its field name,
/// so one malformed record reports all that is wrong with it at once.
///
/// It reads the parser's tokens where they lie: a key is found by comparing its bytes with
/// the literal asked for, and only the values asked for become Swift values. Building a
/// dictionary of every line's fields first took a third of a first start.
public struct FieldReader {
    public let object: JSONNode
    public private(set) var problems: [FieldProblem] = []
    /// The members read, one bit per member in document order; members past the 64th
    /// (no line this version writes has them) in a list.
    private var used: UInt64 = 0
    private var usedBeyond: [Int] = []
    /// How the object's keys are ordered, worked out at the first lookup: when every key is
    /// different a lookup stops at its key and starts where the last one stopped (fields are
    /// asked for in the order they are written, so most lookups compare one key); when the
    /// keys also rise in byte order, a field that is absent is known to be so at the cursor.
    private var order: KeyOrder?
    private var cursor: (ordinal: Int, token: Int) = (0, -1)
    /// The key token of the member found last, or -1.
    private var lastFound = -1

    private enum KeyOrder { case rising, distinct, repeated }

    public init(_ object: JSONNode) {
        self.object = object
    }

    /// Fields this reader did not consume: kept verbatim for the next write.
    public var unknown: [String: JSONValue] {
        // Every member read, as in nearly every line: nothing to walk.
        let count = object.kind == .object ? Int(object.token.count) : 0
        if count < 64, used == (UInt64(1) << UInt64(count)) &- 1 { return [:] }
        var result: [String: JSONValue] = [:]
        var ordinal = 0
        object.forEachMember { key, value in
            if !isUsed(ordinal) { result[key.keyText] = value.value }
            ordinal += 1
        }
        return result
    }

    private func isUsed(_ ordinal: Int) -> Bool {
        ordinal < 64 ? used & (1 << UInt64(ordinal)) != 0 : usedBeyond.contains(ordinal)
    }

    @inline(__always)
    private mutating func markUsed(_ ordinal: Int) {
        if ordinal < 64 { used |= 1 << UInt64(ordinal) } else if !usedBeyond.contains(ordinal) { usedBeyond.append(ordinal) }
    }

    /// The value of the last member named `key` (a repeated key keeps its last value, as in
    /// a dictionary); every member of that name counts as read.
    private mutating func member(_ key: StaticString) -> JSONNode? {
        let t = object.token
        guard t.kind == JSONTokenKind.object.rawValue, let strings = object.document.strings.baseAddress else { return nil }
        let tokens = object.document.tokens
        let wanted = key.utf8Start
        let length = key.utf8CodeUnitCount
        if order == nil { order = Self.keyOrder(object) }
        let count = Int(t.count)
        /// Where `wanted` sorts against a key: below, equal or above zero.
        func compare(_ k: JSONToken) -> Int {
            let c = memcmp(wanted, strings + Int(k.offset), min(length, Int(k.length)))
            return c != 0 ? Int(c) : length - Int(k.length)
        }
        if order == .rising, lastFound >= 0, compare(tokens[lastFound]) > 0 {
            // Keys rise, and the field sorts after the one found last, so after every key
            // before the cursor: it is at the cursor, or further on, or not there at all —
            // absent ones (most lines have no `reason`) known so without reading the rest.
            if cursor.ordinal == count { return nil }
            let c = compare(tokens[cursor.token])
            if c < 0 { return nil }
            if c == 0 { return take(cursor.ordinal, cursor.token) }
        }
        if order != .repeated {
            var (ordinal, i) = cursor.token < 0 ? (0, object.at + 1) : cursor
            for _ in 0..<count {
                if ordinal == count { (ordinal, i) = (0, object.at + 1) }
                let k = tokens[i]
                if Int(k.length) == length, memcmp(strings + Int(k.offset), wanted, length) == 0 { return take(ordinal, i) }
                (ordinal, i) = (ordinal + 1, i + 1 + Int(tokens[i + 1].span))
            }
            return nil
        }
        var found = -1
        var i = object.at + 1
        for ordinal in 0..<count {
            let k = tokens[i]
            if Int(k.length) == length, memcmp(strings + Int(k.offset), wanted, length) == 0 {
                found = i + 1
                markUsed(ordinal)
            }
            i += 1 + Int(tokens[i + 1].span)
        }
        return found < 0 ? nil : JSONNode(document: object.document, at: found)
    }

    /// The member whose key is token `key`, the `ordinal`-th: marked read, and the next
    /// lookup starts after it.
    @inline(__always)
    private mutating func take(_ ordinal: Int, _ key: Int) -> JSONNode {
        markUsed(ordinal)
        lastFound = key
        cursor = (ordinal + 1, key + 1 + Int(object.document.tokens[key + 1].span))
        return JSONNode(document: object.document, at: key + 1)
    }

    /// How the object's keys are ordered; `distinct` at most past 32 members, which are
    /// then looked up by reading every key. The parser marks an object whose keys rise
    /// (`JSONToken.number` 1); any other object's keys are compared here.
    private static func keyOrder(_ object: JSONNode) -> KeyOrder {
        let t = object.token
        if t.number == 1 { return .rising }
        let n = Int(t.count)
        guard n <= 32, let strings = object.document.strings.baseAddress else { return .repeated }
        let tokens = object.document.tokens
        return withUnsafeTemporaryAllocation(of: JSONToken.self, capacity: max(1, n)) { keys in
            var i = object.at + 1
            for m in 0..<n {
                keys[m] = tokens[i]
                i += 1 + Int(tokens[i + 1].span)
            }
            // Lines are written with their keys sorted: keys in strictly rising byte order are
            // distinct, found in one pass; only other objects compare every pair.
            func before(_ a: JSONToken, _ b: JSONToken) -> Bool {
                let c = memcmp(strings + Int(a.offset), strings + Int(b.offset), Int(min(a.length, b.length)))
                return c < 0 || (c == 0 && a.length < b.length)
            }
            if (1..<max(1, n)).allSatisfy({ before(keys[$0 - 1], keys[$0]) }) { return .rising }
            for a in 0..<n {
                for b in (a + 1)..<n where keys[a].length == keys[b].length
                    && memcmp(strings + Int(keys[a].offset), strings + Int(keys[b].offset), Int(keys[a].length)) == 0 {
                    return .repeated
                }
            }
            return .distinct
        }
    }

    /// The member's value unless it is absent or null.
    private mutating func present(_ key: StaticString) -> JSONNode? {
        guard let node = member(key), !node.isNull else { return nil }
        return node
    }

    public mutating func fail(_ problem: FieldProblem) { problems.append(problem) }

    /// The bytes of a text member; nil when absent (a problem if required) or not text.
    private mutating func textBytes(_ key: StaticString, required: Bool) -> JSONNode? {
        guard let node = present(key) else {
            if required { problems.append(.missing(key.description)) }
            return nil
        }
        guard node.kind == .string else { problems.append(.notText(key.description)); return nil }
        return node
    }

    public mutating func string(_ key: StaticString, required: Bool = true) -> String? {
        textBytes(key, required: required)?.string
    }

    public mutating func int(_ key: StaticString, default fallback: Int? = nil) -> Int? {
        guard let node = present(key) else {
            if fallback == nil { problems.append(.missing(key.description)) }
            return fallback
        }
        guard let i = node.int else { problems.append(.notInteger(key.description)); return fallback }
        return i
    }

    /// A number (a position's metres); nil when absent.
    public mutating func double(_ key: StaticString) -> Double? {
        guard let node = present(key) else { return nil }
        guard let n = node.number, n.isFinite else { problems.append(.notNumber(key.description)); return nil }
        return n
    }

    public mutating func day(_ key: StaticString, required: Bool = true) -> Day? {
        guard let node = textBytes(key, required: required) else { return nil }
        guard let d = Day(isoBytes: node.bytes) else { problems.append(.notDate(key.description, node.string ?? "")); return nil }
        return d
    }

    public mutating func time(_ key: StaticString) -> ClockTime? {
        guard let node = textBytes(key, required: false) else { return nil }
        guard let t = ClockTime(bytes: node.bytes) else { problems.append(.notTime(key.description, node.string ?? "")); return nil }
        return t
    }

    public mutating func uuid(_ key: StaticString) -> UUID? {
        guard let node = textBytes(key, required: true) else { return nil }
        guard let u = UUID(journalBytes: node.bytes) else {
            problems.append(.notIdentifier(key.description, node.string ?? ""))
            return nil
        }
        return u
    }

    /// A timestamp in the journal's form (`EventTime`).
    public mutating func timestamp(_ key: StaticString) -> Date? {
        guard let node = textBytes(key, required: true) else { return nil }
        guard let date = EventTime.parse(bytes: node.bytes) else {
            problems.append(.notDate(key.description, node.string ?? ""))
            return nil
        }
        return date
    }

    /// A value of a closed set, its bytes matched against the cases' own (`JournalEnum`).
    public mutating func enumValue<E: JournalEnum>(_ key: StaticString, _ type: E.Type, required: Bool = true) -> E? {
        guard let node = textBytes(key, required: required) else { return nil }
        if let e = E.matching(node.bytes) { return e }
        problems.append(.unknownValue(key.description, node.string ?? ""))
        return nil
    }

    /// A list's items; nil (and a problem) when the member is not a list, empty when absent.
    private mutating func list(_ key: StaticString) -> [JSONNode] {
        guard let node = present(key) else { return [] }
        guard node.kind == .array else { problems.append(.notList(key.description)); return [] }
        return node.items
    }

    public mutating func strings(_ key: StaticString) -> [String] {
        var result: [String] = []
        for item in list(key) {
            guard let s = item.string else { problems.append(.notText(key.description)); continue }
            result.append(s)
        }
        return result
    }

    /// A list of whole numbers; a missing key is an empty list.
    public mutating func ints(_ key: StaticString) -> [Int] {
        var result: [Int] = []
        for item in list(key) {
            guard let n = item.number, n == n.rounded(), abs(n) < 1e9 else { problems.append(.notInteger(key.description)); continue }
            result.append(Int(n))
        }
        return result
    }

    public mutating func objects(_ key: StaticString) -> [JSONNode] {
        list(key).compactMap { item in
            guard item.kind == .object else { problems.append(.notObject(key.description)); return nil }
            return item
        }
    }

    /// An object member a line must have (an event's `data`): absent, null or not an
    /// object is `missing`.
    public mutating func requiredObject(_ key: StaticString) -> JSONNode? {
        guard let node = present(key), node.kind == .object else {
            problems.append(.missing(key.description))
            return nil
        }
        return node
    }

    /// Counts keyed by a closed set's values, each key matched by its bytes (`JournalEnum`)
    /// without a string or a dictionary of texts in between; a key outside the set is an
    /// unknown value. Problems come in the order `counts(_:)` and a lookup of each of its
    /// keys would give them: the numbers that are none first, then the unknown keys.
    public mutating func counts<E: JournalEnum & Hashable>(_ key: StaticString, by type: E.Type) -> [E: Int] {
        var result: [E: Int] = [:]
        var unknown: [FieldProblem] = []
        eachCount(key) { k, count in
            guard let e = E.matching(k.bytes) else {
                // A key written twice is one key, as in the dictionary the other form reads.
                let problem = FieldProblem.unknownValue(key.description, k.keyText)
                if !unknown.contains(problem) { unknown.append(problem) }
                return
            }
            result[e] = count
        }
        problems += unknown
        return result
    }

    /// A list of a closed set's values, each matched by its bytes; an item that is not text,
    /// or not one of the values, is a problem and left out. Problems come in the order
    /// `strings(_:)` and `init(rawValue:)` on each would give them: items that are not text
    /// first, then the unknown values.
    public mutating func values<E: JournalEnum & Hashable>(_ key: StaticString, of type: E.Type) -> Set<E> {
        var result = Set<E>()
        var unknown: [FieldProblem] = []
        for item in list(key) {
            guard item.kind == .string else { problems.append(.notText(key.description)); continue }
            guard let e = E.matching(item.bytes) else { unknown.append(.unknownValue(key.description, item.string ?? "")); continue }
            result.insert(e)
        }
        problems += unknown
        return result
    }

    public mutating func counts(_ key: StaticString) -> [String: Int] {
        var result: [String: Int] = [:]
        eachCount(key) { k, count in result[k.keyText] = count }
        return result
    }

    /// Each member of the count object `key` whose value is a whole number, with it; the
    /// members whose value is none are problems, added once the whole object is read.
    private mutating func eachCount(_ key: StaticString, _ body: (_ key: JSONNode, _ count: Int) -> Void) {
        guard let node = present(key) else { return }
        guard node.kind == .object else { problems.append(.notObject(key.description)); return }
        var failed: [FieldProblem] = []
        node.forEachMember { k, v in
            guard let i = v.int else { failed.append(.notInteger("\(key).\(k.keyText)")); return }
            body(k, i)
        }
        problems += failed
    }
}
