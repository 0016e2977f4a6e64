import Foundation

/// The snapshot's bytes did not read as a snapshot: it is thrown away and the journals are
/// read instead.
public struct SnapshotFormatError: Error, Sendable, Equatable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// Reads what `BinaryWriter` wrote, checking every length against the bytes left, so a
/// damaged snapshot is an error and never a crash.
///
/// The bytes must stay valid while the reader is used; `release` is called as reading
/// moves on, with a range of bytes that will not be read again, so a caller reading a
/// mapped file can give those pages back.
public struct BinaryReader: @unchecked Sendable {
    // The bytes are only read, and the caller keeps them alive while any reader is used.
    private let base: UnsafeRawPointer
    private var count: Int
    public private(set) var position = 0
    private var strings: [String] = []
    private var released = 0
    private let releaseStep = 8 << 20
    private let release: (@Sendable (Range<Int>) -> Void)?

    public init(_ bytes: UnsafeRawBufferPointer, release: (@Sendable (Range<Int>) -> Void)? = nil) {
        base = bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        count = bytes.count
        self.release = release
    }

    public var isAtEnd: Bool { position == count }

    /// Splits off the next `length` bytes: this reader is left to read them and ends there;
    /// the returned one reads what follows, with the same table of strings, so the two
    /// parts can be read at once on two threads.
    public mutating func split(after length: Int) throws -> BinaryReader {
        guard length >= 0, length <= count - position else { throw SnapshotFormatError("a section of \(length) bytes cannot fit") }
        var rest = self
        rest.position = position + length
        rest.released = rest.position
        count = position + length
        return rest
    }

    @inline(__always)
    private mutating func take(_ n: Int) throws -> UnsafeRawPointer {
        guard n >= 0, n <= count - position else { throw SnapshotFormatError("ends early at byte \(position)") }
        let at = base + position
        position += n
        giveBack()
        return at
    }

    /// Releases the whole pages read so far, once there are enough of them.
    @inline(__always)
    private mutating func giveBack() {
        if let release, position - released >= releaseStep {
            let upTo = position & ~4095
            release(released..<upTo)
            released = upTo
        }
    }

    public mutating func u8() throws -> UInt8 { try take(1).load(as: UInt8.self) }

    public mutating func bool() throws -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        case let other: throw SnapshotFormatError("\(other) is not a truth value")
        }
    }

    /// The next `n` bytes at once, for a table of fixed-size rows read without a check per
    /// field. They are given back (`release`) after `body` has read them, not before.
    mutating func block<R>(_ n: Int, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        guard n >= 0, n <= count - position else { throw SnapshotFormatError("ends early at byte \(position)") }
        let at = base + position
        position += n
        let result = try body(UnsafeRawBufferPointer(start: at, count: n))
        giveBack()
        return result
    }

    public mutating func u32() throws -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }
    public mutating func u64() throws -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }
    public mutating func i32() throws -> Int32 { Int32(bitPattern: try u32()) }
    public mutating func i64() throws -> Int { Int(Int64(bitPattern: try u64())) }
    public mutating func double() throws -> Double { Double(bitPattern: try u64()) }

    public mutating func varint() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try u8()
            guard shift < 64 else { throw SnapshotFormatError("number too long at byte \(position)") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
    }

    /// A count of things still to come, each at least one byte: a damaged count cannot
    /// make the reader reserve memory for billions of them.
    public mutating func count(of what: String) throws -> Int {
        let n = try varint()
        guard n >= 0, n <= count - position else { throw SnapshotFormatError("\(n) \(what) cannot fit") }
        return n
    }

    public mutating func uuid() throws -> UUID {
        UUID(uuid: try take(16).loadUnaligned(as: uuid_t.self))
    }

    public mutating func string() throws -> String { try numberedString().text }

    /// A string and its number in the table of strings (from 1), or 0 when it is not kept
    /// there: equal numbers are equal strings, so a reader can recognise a repeated list by
    /// its numbers alone.
    public mutating func numberedString() throws -> (text: String, number: Int) {
        let tag = try varint()
        if tag > 0 {
            guard tag <= strings.count else { throw SnapshotFormatError("string \(tag) not in the table") }
            return (strings[tag - 1], tag)
        }
        let length = try varint()
        let start = try take(length)
        let s = String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
        if length <= BinaryWriter.longestShared, strings.count < BinaryWriter.sharedLimit {
            strings.append(s)
            return (s, strings.count)
        }
        return (s, 0)
    }

    public mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    /// Reads the names `BinaryWriter.table` wrote and maps each position to this
    /// version's value; a name this version does not know makes the snapshot unusable.
    public mutating func table<E: CaseIterable & RawRepresentable>(_ type: E.Type) throws -> [E] where E.RawValue == String {
        let n = try count(of: "names")
        var out: [E] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            let name = try string()
            guard let value = E(rawValue: name) else { throw SnapshotFormatError("unknown value \(name)") }
            out.append(value)
        }
        return out
    }

    /// A value written by `BinaryWriter.choice`, through the table read for its type.
    public mutating func choice<E>(_ table: [E]) throws -> E { table[try choiceNumber(table)] }

    /// The position in `table` of a value written by `BinaryWriter.choice`.
    public mutating func choiceNumber<E>(_ table: [E]) throws -> Int {
        let i = Int(try u8())
        guard i < table.count else { throw SnapshotFormatError("value \(i) outside its table") }
        return i
    }
}
