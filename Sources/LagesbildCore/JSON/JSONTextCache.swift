import Foundation

/// The texts one decoding thread made lately, found again by their bytes. A journal repeats
/// its writer, its hot spots' ids and many short texts line after line: handing out the
/// string made for the same bytes before costs one comparison, where making it again costs
/// an allocation, a copy and a check of the UTF-8 — and, later, freeing the copy on the
/// replaying thread once its pool has found the text it already holds.
///
/// A table of slots chosen by a few of the text's bytes; a slot holds the last text that
/// fell into it, so a text that does not repeat only ever costs its comparison. The owner
/// (`SimdJSONParser`) makes it, uses it from one thread at a time and frees it; copies of
/// this value only point at the slots, so a `JSONNode` carrying one is copied for free.
public struct JSONTextCache {
    static let slotBits = 9
    private let slots: UnsafeMutablePointer<String?>

    public static func make() -> JSONTextCache {
        let slots = UnsafeMutablePointer<String?>.allocate(capacity: 1 << slotBits)
        slots.initialize(repeating: nil, count: 1 << slotBits)
        return JSONTextCache(slots: slots)
    }

    /// Lets go of every text held; the value must not be used again.
    public func free() {
        slots.deinitialize(count: 1 << Self.slotBits)
        slots.deallocate()
    }

    /// The text of `bytes`, exactly as `String(decoding:as: UTF8.self)` makes it.
    public func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let n = bytes.count
        // Up to 15 bytes a string keeps its text inside itself: there is nothing to save.
        // Long texts rarely repeat.
        guard n > 15, n <= 255, let base = bytes.baseAddress else { return String(decoding: bytes, as: UTF8.self) }
        let raw = UnsafeRawPointer(base)
        // The first and last eight bytes and the length choose the slot; equal texts always
        // meet in one, and different ones that meet are told apart below.
        var h = raw.loadUnaligned(as: UInt64.self) ^ (raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) &* 0x9E37_79B9_7F4A_7C15)
        h = (h ^ UInt64(n) ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        let slot = slots + Int(truncatingIfNeeded: h >> UInt64(64 - Self.slotBits))
        if var known = slot.pointee {
            // A text made from other bytes (invalid UTF-8, repaired) never compares equal here,
            // so only a text made from these very bytes is handed out.
            let same = known.withUTF8 { k in k.count == n && memcmp(k.baseAddress!, base, n) == 0 }
            if same { return known }
        }
        let made = String(decoding: bytes, as: UTF8.self)
        slot.pointee = made
        return made
    }
}
