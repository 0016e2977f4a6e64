/// Texts met lately, each with what was found for it (its shared copy, its number in a
/// table), looked up without hashing its bytes: a short text (up to 15 bytes, which a string
/// holds inside itself) by those bytes packed into two words, a longer one by where its bytes
/// lie — pooled texts are one string for all equal ones. A slot keeps the string it was
/// filled for, so no other text can come to lie where that one lies while it is remembered.
struct RecentTexts<Value: Sendable>: Sendable {
    private var slots = [Slot?](repeating: nil, count: 1 << 10)

    private struct Slot: Sendable {
        let words: (UInt64, UInt64)
        let count: Int
        let text: String
        let value: Value
    }

    /// Where `text` is looked for and remembered.
    struct Key {
        fileprivate let words: (UInt64, UInt64)
        fileprivate let count: Int
        fileprivate let slot: Int
    }

    /// `text` may be made contiguous in place (a string not stored natively), so that its
    /// bytes have an address.
    static func key(_ text: inout String) -> Key {
        let (count, words) = text.withUTF8 { utf8 -> (Int, (UInt64, UInt64)) in
            guard utf8.count > 15 else {
                var words: (UInt64, UInt64) = (0, 0)
                withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
                return (utf8.count, words)
            }
            return (utf8.count, (UInt64(UInt(bitPattern: utf8.baseAddress)), 0))
        }
        var mix = (words.0 ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15 ^ words.1 &* 0xC2B2_AE3D_27D4_EB4F
        mix ^= mix >> 29
        return Key(words: words, count: count, slot: Int(truncatingIfNeeded: mix >> 54))
    }

    func value(at key: Key) -> Value? {
        guard let hit = slots[key.slot], hit.count == key.count, hit.words == key.words else { return nil }
        return hit.value
    }

    /// `text` must be the string `key` was made from.
    mutating func remember(_ text: String, _ value: Value, at key: Key) {
        slots[key.slot] = Slot(words: key.words, count: key.count, text: text, value: value)
    }
}
