import Foundation

/// Every record's state by its id: the table the ledger looks in for every event.
///
/// A `Dictionary` hashed each new id with SipHash twice (a look-up that finds nothing, then
/// an insert that searches for its bucket again): a sixth of replaying a journal on its
/// thread. Record ids are random, so a multiply-and-shift of their bits, seeded once per
/// process so that no journal can be written to collide, spreads them as well; and a
/// look-up that finds nothing hands its empty bucket to the insert that follows.
///
/// States lie in the order their records arrived, which is also the order of iteration;
/// the buckets (open addressing, probed in a line, at most half full) hold positions.
struct RecordStates: Sendable, Sequence {
    private(set) var ids: [UUID] = []
    private var states: [RecordState] = []
    /// Position + 1 of the state whose id starts its search here; 0 for an empty bucket.
    private var buckets: [Int32] = []
    /// 64 − log₂(buckets.count): a hash's top bits choose the bucket.
    private var shift: UInt64 = 64

    private static let seed = UInt64.random(in: .min ... .max)

    init() {}

    var count: Int { ids.count }

    /// Where a search for an id that is not there ended, valid for that id until a state is
    /// added or the buckets are made anew.
    struct Miss {
        fileprivate let bucket: Int
        fileprivate let count: Int
        fileprivate let size: Int
    }

    mutating func reserveCapacity(_ n: Int) {
        ids.reserveCapacity(n)
        states.reserveCapacity(n)
        if n * 2 > buckets.count { rebuild(holding: n) }
    }

    /// The position of `id`'s state, or where it would go.
    func lookUp(_ id: UUID) -> (position: Int?, miss: Miss) {
        guard !buckets.isEmpty else { return (nil, Miss(bucket: -1, count: ids.count, size: 0)) }
        let mask = buckets.count - 1
        var b = bucket(of: id)
        return buckets.withUnsafeBufferPointer { buckets in
            ids.withUnsafeBufferPointer { ids in
                while true {
                    let p = Int(buckets[b])
                    if p == 0 { return (nil, Miss(bucket: b, count: ids.count, size: buckets.count)) }
                    if ids[p - 1] == id { return (p - 1, Miss(bucket: -1, count: ids.count, size: buckets.count)) }
                    b = (b + 1) & mask
                }
            }
        }
    }

    func index(forKey id: UUID) -> Int? { lookUp(id).position }

    subscript(id: UUID) -> RecordState? { lookUp(id).position.map { states[$0] } }

    /// The state at a position `index(forKey:)` gave.
    subscript(at position: Int) -> RecordState {
        get { states[position] }
        set { states[position] = newValue }
    }

    /// Makes `state` the state of `id`, adding the id when it is new.
    mutating func put(_ id: UUID, _ state: RecordState) {
        let (position, miss) = lookUp(id)
        if let position { states[position] = state } else { add(id, state, at: miss) }
    }

    /// Adds `id`, which `lookUp(id)` did not find, where that search ended: no second search,
    /// unless a state was added or the buckets made anew in between.
    mutating func add(_ id: UUID, _ state: RecordState, at miss: Miss) {
        var bucket = miss.bucket
        if miss.count != ids.count || miss.size != buckets.count || bucket < 0 {
            // Stale, or taken before there were any buckets: searched again.
            if buckets.isEmpty { rebuild(holding: 1) }
            let (position, fresh) = lookUp(id)
            if let position { states[position] = state; return }
            bucket = fresh.bucket
        }
        ids.append(id)
        states.append(state)
        if ids.count * 2 > buckets.count {
            rebuild(holding: ids.count)
        } else {
            buckets[bucket] = Int32(ids.count)
        }
    }

    func makeIterator() -> Zip2Sequence<[UUID], [RecordState]>.Iterator {
        zip(ids, states).makeIterator()
    }

    @inline(__always)
    private func bucket(of id: UUID) -> Int {
        let (a, b) = withUnsafeBytes(of: id.uuid) { ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }
        var h = ((a ^ Self.seed) &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F)
        h = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> shift)
    }

    /// Buckets for at least `n` ids at most half full, every id placed again.
    private mutating func rebuild(holding n: Int) {
        var size = 16
        while size < n * 2 { size <<= 1 }
        shift = UInt64(64 - size.trailingZeroBitCount)
        var fresh = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (i, id) in ids.enumerated() {
            var b = bucket(of: id)
            while fresh[b] != 0 { b = (b + 1) & mask }
            fresh[b] = Int32(i + 1)
        }
        buckets = fresh
    }
}
