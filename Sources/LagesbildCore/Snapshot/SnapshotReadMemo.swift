import Foundation

/// Equal parts of records read from a snapshot become one copy. Most rounds name the same
/// few hot-spot lists, organisation counts and observation sets, and most interventions the
/// same few results. Each part's encoding is packed into one number as it is read — table
/// positions and small counts, which identify the value — and the value built for that
/// number before is handed out again: a repeated part is neither built nor hashed as a
/// value, which is what sharing it through `ValuePool` after reading cost. A part too large
/// to pack is built as it is.
struct SnapshotReadMemo {
    private var hotSpotLists: [UInt64: [String]] = [:]
    private var participants: [UInt64: [Organisation: Int]] = [:]
    private var observations: [UInt64: Set<Observation>] = [:]
    private var results: [UInt64: [String: Int]] = [:]
    /// Past this many distinct values a memo stops growing (as `ValuePool`).
    private static let limit = 1 << 16

    private static func remember<V>(_ value: V, _ key: UInt64, in memo: inout [UInt64: V]) -> V {
        if memo.count < limit { memo[key] = value }
        return value
    }

    /// Up to two strings, each numbered below 2^31, pack with their count in the top bits.
    mutating func hotSpots(_ r: inout BinaryReader) throws -> [String] {
        let n = try r.count(of: "strings")
        guard n <= 2 else { return try (0..<n).map { _ in try r.string() } }
        var first = "", second = ""
        var key = UInt64(n) << 62
        var packs = true
        for i in 0..<n {
            let (text, number) = try r.numberedString()
            if i == 0 { first = text } else { second = text }
            if number == 0 || number >= 1 << 31 { packs = false }
            key |= UInt64(truncatingIfNeeded: number) << (31 * UInt64(i))
        }
        let texts = { n == 0 ? [] : n == 1 ? [first] : [first, second] }
        guard packs else { return texts() }
        if let known = hotSpotLists[key] { return known }
        return Self.remember(texts(), key, in: &hotSpotLists)
    }

    /// Up to three (organisation, count) pairs: 5 bits for the organisation's position, 15
    /// for the count, the number of pairs in the top bits.
    mutating func participants(_ r: inout BinaryReader, _ t: SnapshotTables) throws -> [Organisation: Int] {
        func unpack(_ key: UInt64, _ pairs: Int) -> [Organisation: Int] {
            var out: [Organisation: Int] = [:]
            for i in 0..<pairs {
                let bits = key >> (20 * UInt64(i)) & 0xF_FFFF
                out[t.organisations[Int(bits & 31)]] = Int(bits >> 5)
            }
            return out
        }
        let n = try r.count(of: "participants")
        var key = UInt64(n) << 60
        var packs = n <= 3
        var built: [Organisation: Int] = [:]
        for i in 0..<n {
            let organisation = try r.choiceNumber(t.organisations)
            let count = try r.varint()
            if packs, organisation < 32, count >= 0, count < 1 << 15 {
                key |= (UInt64(organisation) | UInt64(count) << 5) << (20 * UInt64(i))
            } else {
                if packs { built = unpack(key, i) }
                packs = false
                built[t.organisations[organisation]] = count
            }
        }
        guard packs else { return built }
        if let known = participants[key] { return known }
        return Self.remember(unpack(key, n), key, in: &participants)
    }

    /// A set is its members' positions as bits.
    mutating func observations(_ r: inout BinaryReader, _ t: SnapshotTables) throws -> Set<Observation> {
        let n = try r.count(of: "observations")
        var mask: UInt64 = 0
        var wide = Set<Observation>()
        for _ in 0..<n {
            let i = try r.choiceNumber(t.observations)
            if i < 64 { mask |= 1 << UInt64(i) } else { wide.insert(t.observations[i]) }
        }
        guard wide.isEmpty else {
            for i in 0..<64 where mask & (1 << UInt64(i)) != 0 { wide.insert(t.observations[i]) }
            return wide
        }
        if let known = observations[mask] { return known }
        var set = Set<Observation>()
        for i in 0..<min(64, t.observations.count) where mask & (1 << UInt64(i)) != 0 { set.insert(t.observations[i]) }
        return Self.remember(set, mask, in: &observations)
    }

    /// Up to two (name, count) pairs: 20 bits for the name's number, 10 for the count.
    mutating func results(_ r: inout BinaryReader) throws -> [String: Int] {
        let n = try r.count(of: "results")
        guard n <= 2 else {
            var values: [String: Int] = [:]
            for _ in 0..<n { values[try r.string()] = try r.varint() }
            return values
        }
        var names = ("", ""), counts = (0, 0)
        var key = UInt64(n) << 60
        var packs = true
        for i in 0..<n {
            let (name, number) = try r.numberedString()
            let count = try r.varint()
            if i == 0 { (names.0, counts.0) = (name, count) } else { (names.1, counts.1) = (name, count) }
            if number == 0 || number >= 1 << 20 || count < 0 || count >= 1 << 10 { packs = false }
            if packs { key |= (UInt64(number) | UInt64(count) << 20) << (30 * UInt64(i)) }
        }
        func values() -> [String: Int] {
            var out: [String: Int] = [:]
            if n > 0 { out[names.0] = counts.0 }
            if n > 1 { out[names.1] = counts.1 }
            return out
        }
        guard packs else { return values() }
        if let known = results[key] { return known }
        return Self.remember(values(), key, in: &results)
    }
}
