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

    private static func parse(_ s: UnsafeBufferPointer<UInt8>) -> uuid_t? {
        @inline(__always) func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: return c - 48
            case 97...102: return c - 87
            case 65...70: return c - 55
            default: return nil
            }
        }
        // Filled in place: an array of 16 bytes per id was an allocation per id.
        var id: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let ok = withUnsafeMutableBytes(of: &id) { out -> Bool in
            var i = 0, b = 0
            while i < 36 {
                if i == 8 || i == 13 || i == 18 || i == 23 {
                    guard s[i] == 45 else { return false }
                    i += 1
                    continue
                }
                guard let hi = hex(s[i]), let lo = hex(s[i + 1]) else { return false }
                out[b] = hi << 4 | lo
                b += 1
                i += 2
            }
            return true
        }
        return ok ? id : nil
    }
}
