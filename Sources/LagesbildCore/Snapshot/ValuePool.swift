/// Equal values read from a snapshot share one copy: most rounds name the same few
/// organisation counts, observation sets and hot-spot lists, and each distinct one then
/// costs one heap allocation instead of one per record. Copy-on-write keeps a record that
/// changes later from touching the others.
struct ValuePool<Value: Hashable & Sendable>: Sendable {
    private var known: Set<Value> = []
    /// Past this many distinct values the pool stops growing: a folder where nothing
    /// repeats gains nothing from it.
    static var limit: Int { 1 << 16 }

    mutating func shared(_ value: Value) -> Value {
        if known.count < Self.limit { return known.insert(value).memberAfterInsert }
        return known.firstIndex(of: value).map { known[$0] } ?? value
    }
}

/// As `ValuePool` for texts, byte for byte (`ExactText`). A decoding thread hands out one
/// string for all equal texts of a stretch of lines (`JSONTextCache`), so most texts arrive
/// as a string met just before: found without hashing its bytes (`RecentTexts`).
struct TextPool: Sendable {
    private var known: Set<ExactText> = []
    private var recent = RecentTexts<String>()

    mutating func shared(_ text: String) -> String {
        var text = text
        let key = RecentTexts<String>.key(&text)
        if let shared = recent.value(at: key) { return shared }
        let shared: String
        if known.count < ValuePool<String>.limit {
            shared = known.insert(ExactText(text)).memberAfterInsert.text
        } else {
            shared = known.firstIndex(of: ExactText(text)).map { known[$0].text } ?? text
        }
        recent.remember(text, shared, at: key)
        return shared
    }
}

/// As `ValuePool` for values that pack into one number (`key`): the number is hashed, not
/// the value, which for a dictionary or a set means hashing every element. A value that
/// does not pack goes to the general pool.
struct PackedPool<Value: Hashable & Sendable>: Sendable {
    private var known: [UInt64: Value] = [:]
    private var other = ValuePool<Value>()
    let key: @Sendable (Value) -> UInt64?

    init(key: @escaping @Sendable (Value) -> UInt64?) { self.key = key }

    mutating func shared(_ value: Value) -> Value {
        guard let k = key(value) else { return other.shared(value) }
        if let found = known[k] { return found }
        if known.count < ValuePool<Value>.limit { known[k] = value }
        return value
    }
}

/// The numbers `PackedPool` keys records' small collections by.
enum PoolKeys {
    /// Up to three (organisation, count) pairs, by organisation: 3 bits for the organisation,
    /// 15 for the count, 18 bits a pair, the number of pairs in the top bits.
    @Sendable static func participants(_ p: [Organisation: Int]) -> UInt64? {
        guard p.count <= 3 else { return nil }
        // The pairs' 18-bit codes kept in order of organisation (which leads each code).
        var codes: (UInt64, UInt64, UInt64) = (.max, .max, .max)
        for (organisation, count) in p {
            guard count >= 0, count < 1 << 15, organisation.ordinal < 8 else { return nil }
            var c = UInt64(organisation.ordinal) << 15 | UInt64(count)
            if c < codes.0 { swap(&c, &codes.0) }
            if c < codes.1 { swap(&c, &codes.1) }
            if c < codes.2 { swap(&c, &codes.2) }
        }
        var key = UInt64(p.count) << 60
        if p.count > 0 { key |= codes.0 }
        if p.count > 1 { key |= codes.1 << 18 }
        if p.count > 2 { key |= codes.2 << 36 }
        return key
    }

    /// A set of observations as one bit each.
    @Sendable static func observations(_ o: Set<Observation>) -> UInt64? {
        var mask: UInt64 = 0
        for observation in o {
            guard observation.ordinal < 64 else { return nil }
            mask |= 1 << UInt64(observation.ordinal)
        }
        return mask
    }
}

/// The pools a ledger keeps the records it replays through (a snapshot shares its records'
/// parts as it reads them, `SnapshotReadMemo`).
struct RecordPools: Sendable {
    var hotSpotLists = ValuePool<[String]>()
    var participants = PackedPool<[Organisation: Int]>(key: PoolKeys.participants)
    var observations = PackedPool<Set<Observation>>(key: PoolKeys.observations)
    var results = ValuePool<[String: Int]>()
    var texts = TextPool()

    /// Texts of up to 15 bytes are stored inside the string itself; longer ones are shared
    /// up to this length (a long free text rarely repeats).
    private mutating func text(_ s: String) -> String {
        let length = s.utf8.count
        return length > 15 && length <= 64 ? texts.shared(s) : s
    }

    mutating func sharing(_ r: consuming Round) -> Round {
        var r = r
        r.hotSpots = hotSpotLists.shared(r.hotSpots)
        r.participants = participants.shared(r.participants)
        r.observations = observations.shared(r.observations)
        r.notes = text(r.notes)
        return r
    }

    mutating func sharing(_ i: consuming Intervention) -> Intervention {
        var i = i
        i.results = results.shared(i.results)
        i.place = text(i.place)
        i.notes = text(i.notes)
        return i
    }

    mutating func sharing(_ i: consuming Incident) -> Incident {
        var i = i
        i.place = text(i.place)
        i.text = text(i.text)
        return i
    }
}
