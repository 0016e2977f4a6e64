/// A fast 64-bit checksum over a stream of bytes, eight at a time. It detects a damaged or
/// half-written snapshot; it is not meant to resist anyone crafting a collision.
struct SnapshotHash {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var carry: UInt64 = 0
    private var carried = 0
    private var length: UInt64 = 0

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        length &+= UInt64(bytes.count)
        while carried > 0, carried < 8, i < bytes.count {
            carry |= UInt64(bytes[i]) << (8 * UInt64(carried))
            carried += 1
            i += 1
            if carried == 8 { mix(carry); carry = 0; carried = 0 }
        }
        guard let base = bytes.baseAddress else { return }
        while i + 8 <= bytes.count {
            mix(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        while i < bytes.count {
            carry |= UInt64(bytes[i]) << (8 * UInt64(carried))
            carried += 1
            i += 1
        }
    }

    mutating func update(_ bytes: [UInt8]) { bytes.withUnsafeBytes { update($0) } }

    var value: UInt64 {
        var copy = self
        if copy.carried > 0 { copy.mix(copy.carry) }
        copy.mix(length)
        return copy.state
    }

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 29
    }
}
