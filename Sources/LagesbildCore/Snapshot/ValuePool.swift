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

/// As `ValuePool` for texts, byte for byte (`ExactText`).
struct TextPool: Sendable {
    private var known: Set<ExactText> = []

    mutating func shared(_ text: String) -> String {
        if known.count < ValuePool<String>.limit { return known.insert(ExactText(text)).memberAfterInsert.text }
        return known.firstIndex(of: ExactText(text)).map { known[$0].text } ?? text
    }
}

/// The pools a ledger keeps its records through, whether replayed from events or read
/// from a snapshot.
struct RecordPools: Sendable {
    var hotSpotLists = ValuePool<[String]>()
    var participants = ValuePool<[Organisation: Int]>()
    var observations = ValuePool<Set<Observation>>()
    var results = ValuePool<[String: Int]>()
    var texts = TextPool()

    /// Texts of up to 15 bytes are stored inside the string itself; longer ones are shared
    /// up to this length (a long free text rarely repeats).
    private mutating func text(_ s: String) -> String {
        let length = s.utf8.count
        return length > 15 && length <= 64 ? texts.shared(s) : s
    }

    mutating func sharing(_ r: Round) -> Round {
        var r = r
        r.hotSpots = hotSpotLists.shared(r.hotSpots)
        r.participants = participants.shared(r.participants)
        r.observations = observations.shared(r.observations)
        r.notes = text(r.notes)
        return r
    }

    mutating func sharing(_ i: Intervention) -> Intervention {
        var i = i
        i.results = results.shared(i.results)
        i.place = text(i.place)
        i.notes = text(i.notes)
        return i
    }

    mutating func sharing(_ i: Incident) -> Incident {
        var i = i
        i.place = text(i.place)
        i.text = text(i.text)
        return i
    }
}
