import Foundation

/// Writes the snapshot's binary form: little-endian integers, variable-length integers for
/// counts, and strings through a table so a text repeated across records is stored (and
/// later allocated) once. Output goes to `flush` in pieces, so a snapshot of any size is
/// never held in memory whole.
public struct BinaryWriter {
    private var buffer: [UInt8] = []
    private let flushAt: Int
    private let flush: ([UInt8]) throws -> Void
    private var strings: [ExactText: UInt32] = [:]
    /// Strings of the table met lately with their numbers, found without hashing their
    /// bytes: records' texts are pooled, so their equal texts are one string.
    private var recent = RecentTexts<UInt32>()
    /// Strings longer than this are written where they occur: long free texts rarely
    /// repeat, and a table of them would only cost memory.
    static let longestShared = 256
    /// The table stops growing here, which bounds its memory on any folder.
    static let sharedLimit = 1 << 20

    public init(flushAt: Int = 1 << 20, flush: @escaping ([UInt8]) throws -> Void) {
        self.flushAt = flushAt
        self.flush = flush
        buffer.reserveCapacity(flushAt + 4096)
    }

    /// Hands over what is still buffered.
    public mutating func finish() throws {
        if !buffer.isEmpty { try flush(buffer) }
        buffer.removeAll(keepingCapacity: false)
    }

    private mutating func flushIfFull() throws {
        guard buffer.count >= flushAt else { return }
        try flush(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    public mutating func u8(_ v: UInt8) throws {
        buffer.append(v)
        try flushIfFull()
    }

    public mutating func bool(_ v: Bool) throws { try u8(v ? 1 : 0) }

    // Numbers go in byte by byte, least significant first: appending a buffer of their
    // bytes took the general path of `append(contentsOf:)`, a tenth of writing a snapshot.
    public mutating func u32(_ v: UInt32) throws {
        for shift in stride(from: 0, to: 32, by: 8) { buffer.append(UInt8(truncatingIfNeeded: v >> UInt32(shift))) }
        try flushIfFull()
    }

    public mutating func u64(_ v: UInt64) throws {
        for shift in stride(from: 0, to: 64, by: 8) { buffer.append(UInt8(truncatingIfNeeded: v >> UInt64(shift))) }
        try flushIfFull()
    }

    public mutating func i32(_ v: Int32) throws { try u32(UInt32(bitPattern: v)) }
    public mutating func i64(_ v: Int) throws { try u64(UInt64(bitPattern: Int64(v))) }
    public mutating func double(_ v: Double) throws { try u64(v.bitPattern) }

    /// Unsigned LEB128: counts and small numbers take one byte.
    public mutating func varint(_ v: Int) throws {
        var rest = UInt64(bitPattern: Int64(v))
        while rest >= 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        buffer.append(UInt8(rest))
        try flushIfFull()
    }

    public mutating func uuid(_ id: UUID) throws {
        withUnsafeBytes(of: id.uuid) { buffer.append(contentsOf: $0) }
        try flushIfFull()
    }

    /// A string: 0 and its bytes the first time (it joins the table when short), or the
    /// table position plus one after that.
    public mutating func string(_ s: String) throws {
        var s = s
        let key = RecentTexts<UInt32>.key(&s)
        if let known = recent.value(at: key) {
            try varint(Int(known) + 1)
            return
        }
        if let known = strings[ExactText(s)] {
            recent.remember(s, known, at: key)
            try varint(Int(known) + 1)
            return
        }
        s.withUTF8 { utf8 in
            buffer.append(0)
            appendVarint(utf8.count)
            buffer.append(contentsOf: utf8)
        }
        if s.utf8.count <= BinaryWriter.longestShared, strings.count < BinaryWriter.sharedLimit {
            let number = UInt32(strings.count)
            strings[ExactText(s)] = number
            recent.remember(s, number, at: key)
        }
        try flushIfFull()
    }

    public mutating func optionalString(_ s: String?) throws {
        try bool(s != nil)
        if let s { try string(s) }
    }

    /// A value of a closed set, as its position in the order `table` was written in.
    public mutating func choice<E: CaseIterable & Equatable>(_ value: E) throws {
        try u8(UInt8(E.allCases.firstIndex(of: value).map { E.allCases.distance(from: E.allCases.startIndex, to: $0) } ?? 0))
    }

    /// The names of a closed set's values, in the order `choice` numbers them, so a reader
    /// maps them by name and a reordered set never changes meaning.
    public mutating func table<E: CaseIterable & RawRepresentable>(_ type: E.Type) throws where E.RawValue == String {
        try varint(E.allCases.count)
        for value in E.allCases { try string(value.rawValue) }
    }

    private mutating func appendVarint(_ v: Int) {
        var rest = UInt64(v)
        while rest >= 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        buffer.append(UInt8(rest))
    }
}
