import Foundation

extension UUID {
    /// Reads the 36-character form (`8-4-4-4-12` hex digits, either case), as
    /// `UUID(uuidString:)` does; nil for anything else. Every journal line holds two ids, and
    /// Foundation's reader goes through `sscanf`, which took a twentieth of a first start.
    public init?(journalText text: String) {
        let utf8 = text.utf8
        guard utf8.count == 36 else { return nil }
        let parsed: uuid_t? = utf8.withContiguousStorageIfAvailable { UUID.parse($0) }
            ?? Array(utf8).withUnsafeBufferPointer { UUID.parse($0) }
        guard let parsed else { return nil }
        self.init(uuid: parsed)
    }

    /// As `init?(journalText:)`, from the bytes of a journal field.
    public init?(journalBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 36, let parsed = UUID.parse(bytes) else { return nil }
        self.init(uuid: parsed)
    }

    /// Each byte's value as a hex digit, or 0xFF.
    private static let hexDigits: [UInt8] = (0..<256).map { c in
        switch c {
        case 48...57: UInt8(c - 48)
        case 97...102: UInt8(c - 87)
        case 65...70: UInt8(c - 55)
        default: 0xFF
        }
    }

    /// Where each of the 16 bytes' two digits start in the 36 characters.
    private static let digitPairs: [Int] = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34]

    /// `s` holds 36 bytes. Digits are looked up in a table and any bad one is noticed once
    /// at the end (its 0xFF survives the or), so the loop has no branch per character.
    private static func parse(_ s: UnsafeBufferPointer<UInt8>) -> uuid_t? {
        guard s[8] == 45, s[13] == 45, s[18] == 45, s[23] == 45 else { return nil }
        // Filled in place: an array of 16 bytes per id was an allocation per id.
        var id: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let ok = hexDigits.withUnsafeBufferPointer { hex in
            digitPairs.withUnsafeBufferPointer { pairs in
                withUnsafeMutableBytes(of: &id) { out -> Bool in
                    var seen: UInt8 = 0
                    for b in 0..<16 {
                        let hi = hex[Int(s[pairs[b]])], lo = hex[Int(s[pairs[b] + 1])]
                        seen |= hi | lo
                        out[b] = hi << 4 | (lo & 0x0F)
                    }
                    return seen & 0xF0 == 0
                }
            }
        }
        return ok ? id : nil
    }
}
