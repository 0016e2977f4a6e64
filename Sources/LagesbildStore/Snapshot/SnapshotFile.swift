import Foundation
import Glibc
import LagesbildCore

/// `cache/ledger.snapshot`: the ledger and the journal checkpoint it was replayed to, in
/// binary, so a folder of a million events opens without parsing every line again.
///
/// Derived data only, never the source of truth: it is used when it matches the journals
/// (checksum, format, each journal's identity and last bytes), and otherwise ignored and
/// written again. Deleting the `cache` folder is always safe.
///
/// Layout: an 8-byte magic, the format version (4 bytes), 4 reserved, the payload length
/// and its `SnapshotHash` (8 bytes each), then the payload: the checkpoint, then the ledger.
public enum SnapshotFile {
    public static let directory = "cache"
    public static let name = "ledger.snapshot"
    static let magic = Array("LAGESNAP".utf8)
    /// Raised whenever the binary form of the checkpoint, the ledger or a record changes.
    static let formatVersion: UInt32 = 6
    static let headerBytes = 32
    /// Temporary files of writers that died are removed after this long.
    static let staleTemporarySeconds = 600

    public static func path(in folder: String) -> String { "\(folder)/\(directory)/\(name)" }

    // MARK: Writing

    /// Writes the snapshot beside the journals: to a temporary file, renamed into place
    /// when complete, so a reader sees the old snapshot or the new one, never half of one.
    public static func write(_ ledger: Ledger, at checkpoint: JournalCheckpoint, folder: String) throws {
        let dir = "\(folder)/\(directory)"
        try PosixIO.makeDirectory(dir)
        removeStaleTemporaries(in: dir)
        // Host and process in the name: two machines writing into a shared folder at once
        // never write the same temporary file.
        let temporary = "\(dir)/.\(name).\(hostName()).\(getpid()).tmp"
        let mode = FolderModes.inside(dir).file
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw StoreError.io(operation: "create", path: temporary, errno: errno) }
        _ = fchmod(fd, mode)
        var renamed = false
        defer {
            close(fd)
            if !renamed { unlink(temporary) }
        }
        try PosixIO.writeAll(fd, [UInt8](repeating: 0, count: headerBytes), path: temporary)
        var hash = SnapshotHash()
        var length = 0
        var w = BinaryWriter { chunk in
            hash.update(chunk)
            length += chunk.count
            try PosixIO.writeAll(fd, chunk, path: temporary)
        }
        try writeCheckpoint(checkpoint, &w)
        try ledger.writeSnapshot(to: &w)
        try w.finish()

        var header = magic
        withUnsafeBytes(of: formatVersion.littleEndian) { header += $0 }
        header += [0, 0, 0, 0]
        withUnsafeBytes(of: UInt64(length).littleEndian) { header += $0 }
        withUnsafeBytes(of: hash.value.littleEndian) { header += $0 }
        guard pwrite(fd, header, header.count, 0) == header.count else {
            throw StoreError.io(operation: "write", path: temporary, errno: errno)
        }
        guard rename(temporary, "\(dir)/\(name)") == 0 else {
            throw StoreError.io(operation: "rename", path: temporary, errno: errno)
        }
        renamed = true
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "host" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty || name.contains("/") ? "host" : name
    }

    private static func removeStaleTemporaries(in dir: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        let now = Int(Date().timeIntervalSince1970)
        for temp in names where temp.hasPrefix(".\(name).") && temp.hasSuffix(".tmp") {
            let path = "\(dir)/\(temp)"
            if let identity = FileIdentity.of(path), now - identity.modifiedSeconds > staleTemporarySeconds { unlink(path) }
        }
    }

    static func writeCheckpoint(_ c: JournalCheckpoint, _ w: inout BinaryWriter) throws {
        try w.varint(c.files.count)
        for f in c.files {
            try w.string(f.name)
            try w.u64(f.identity.device)
            try w.u64(f.identity.inode)
            try w.i64(f.identity.size)
            try w.i64(f.identity.modifiedSeconds)
            try w.i64(f.identity.modifiedNanoseconds)
            try w.i64(f.offset)
            try w.i64(f.lines)
            try w.bool(f.tornTail)
            try w.u64(f.tail)
            try w.u64(f.prefix)
            try w.varint(f.problemLines.count)
            for p in f.problemLines {
                try w.i64(p.line)
                try w.i64(p.start)
                try w.i64(p.end)
            }
        }
    }

    // MARK: Reading

    /// The snapshot as written, or nil when there is none or it does not read as one.
    /// Opens the file read-only and changes nothing, so the wall display may use it.
    public static func read(folder: String) -> (ledger: Ledger, checkpoint: JournalCheckpoint)? {
        let path = path(in: folder)
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, Int(st.st_size) >= headerBytes else { return nil }
        let size = Int(st.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else { return nil }
        defer { munmap(mapped, size) }
        let bytes = UnsafeRawBufferPointer(start: mapped, count: size)
        guard Array(bytes[0..<8]) == magic,
              bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian == formatVersion,
              bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self) == 0,
              Int(bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self).littleEndian) == size - headerBytes else {
            return nil
        }
        let expected = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self).littleEndian
        // Pages already read are handed back as reading goes on: the snapshot never sits in
        // memory whole beside the ledger it becomes.
        nonisolated(unsafe) let pages = mapped
        let release = { @Sendable (range: Range<Int>) in
            // Whole pages inside the range only: a page shared with bytes still to be read stays.
            let from = (range.lowerBound + 4095) & ~4095, to = range.upperBound & ~4095
            if to > from { _ = madvise(pages + from, to - from, MADV_DONTNEED) }
        }
        var hash = SnapshotHash()
        let step = 8 << 20
        var at = headerBytes
        while at < size {
            let end = min(size, at + step)
            hash.update(UnsafeRawBufferPointer(rebasing: bytes[at..<end]))
            release(at..<end)
            at = end
        }
        guard hash.value == expected else { return nil }
        var r = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[headerBytes...])) {
            release((headerBytes + $0.lowerBound)..<(headerBytes + $0.upperBound))
        }
        do {
            let checkpoint = try readCheckpoint(&r)
            let ledger = try Ledger(snapshot: &r)
            return (ledger, checkpoint)
        } catch {
            return nil
        }
    }

    static func readCheckpoint(_ r: inout BinaryReader) throws -> JournalCheckpoint {
        var files: [JournalCheckpoint.File] = []
        for _ in 0..<(try r.count(of: "journals")) {
            let name = try r.string()
            let identity = FileIdentity(device: try r.u64(), inode: try r.u64(), size: try r.i64(),
                                        modifiedSeconds: try r.i64(), modifiedNanoseconds: try r.i64())
            let offset = try r.i64()
            let lines = try r.i64()
            let torn = try r.bool()
            let tail = try r.u64()
            let prefix = try r.u64()
            var problems: [JournalCheckpoint.ProblemLine] = []
            for _ in 0..<(try r.count(of: "problem lines")) {
                problems.append(.init(line: try r.i64(), start: try r.i64(), end: try r.i64()))
            }
            guard !name.contains("/"), offset >= 0, offset <= identity.size, lines >= 0 else {
                throw SnapshotFormatError("journal \(name) out of range")
            }
            files.append(.init(name: name, identity: identity, offset: offset, lines: lines, tornTail: torn,
                               problemLines: problems, tail: tail, prefix: prefix))
        }
        return JournalCheckpoint(files: files)
    }
}
