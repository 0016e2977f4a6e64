import Glibc
import LagesbildCore

/// Where a `JournalReader` stands: for each journal file, its identity and how far it has
/// been read. A snapshot of the ledger is only valid together with the checkpoint it was
/// taken at; restoring both lets the reader go on with just the lines appended since.
public struct JournalCheckpoint: Sendable, Equatable {
    /// A line that did not decode: found again by its bytes when the checkpoint is
    /// restored, so its diagnostic is the same as the first time.
    struct ProblemLine: Sendable, Equatable {
        var line: Int
        var start: Int
        var end: Int
    }

    struct File: Sendable, Equatable {
        var name: String
        var identity: FileIdentity
        /// Bytes up to the end of the last complete line read.
        var offset: Int
        var lines: Int
        /// A line without its newline followed `offset` when the file was read.
        var tornTail: Bool
        var problemLines: [ProblemLine]
        /// `SnapshotHash` of the bytes just before `offset`: a file rewritten in place under
        /// the same name and size is not taken for the one the checkpoint read.
        var tail: UInt64
        /// `SnapshotHash` of every byte before `offset`: a file-sync tool or a copy replaces
        /// the file (a new inode), and only its content can tell it is still the same lines.
        var prefix: UInt64
        /// `prefix` was kept while the bytes were read: sealing need not read them again.
        /// Not written with the checkpoint (one read back has it false).
        var prefixKnown = false
    }

    var files: [File]

    /// Bytes of journal read up to this checkpoint.
    public var bytesRead: Int { files.reduce(0) { $0 + $1.offset } }

    /// How many bytes before a file's offset the tail hash covers.
    static let tailBytes = 4096

    static func tailHash(fd: Int32, offset: Int, path: String) throws -> UInt64 {
        try hash(fd: fd, from: max(0, offset - tailBytes), to: offset, path: path)
    }

    static func prefixHash(fd: Int32, offset: Int, path: String) throws -> UInt64 {
        try hash(fd: fd, from: 0, to: offset, path: path)
    }

    private static func hash(fd: Int32, from start: Int, to end: Int, path: String) throws -> UInt64 {
        var hash = SnapshotHash()
        var at = start
        while at < end {
            let chunk = try PosixIO.readRange(fd, from: at, to: min(end, at + (8 << 20)), path: path)
            guard !chunk.isEmpty else { throw StoreError.io(operation: "read", path: path, errno: EIO) }
            hash.update(chunk)
            at += chunk.count
        }
        return hash.value
    }
}

extension JournalCheckpoint {
    /// Fills in each file's tail hash, and its prefix hash unless the reader kept it while
    /// reading, from the file as it is now. Journals only grow, so hashes taken after more
    /// lines were appended are still those of the checkpoint's bytes.
    func sealed(folder: String) throws -> JournalCheckpoint {
        var sealed = self
        for i in sealed.files.indices {
            let path = "\(folder)/\(JournalNames.directory)/\(sealed.files[i].name)"
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw StoreError.io(operation: "open", path: path, errno: errno) }
            defer { close(fd) }
            sealed.files[i].tail = try JournalCheckpoint.tailHash(fd: fd, offset: sealed.files[i].offset, path: path)
            if !sealed.files[i].prefixKnown {
                sealed.files[i].prefix = try JournalCheckpoint.prefixHash(fd: fd, offset: sealed.files[i].offset, path: path)
            }
        }
        return sealed
    }
}

extension JournalReader {
    /// Where the reader stands, or nil when a file could not be read on the last pass (the
    /// state is then not a clean prefix of the journals).
    public func checkpoint() -> JournalCheckpoint? {
        var files: [JournalCheckpoint.File] = []
        for (name, cursor) in cursors.sorted(by: { $0.key < $1.key }) {
            guard cursor.readProblem == nil else { return nil }
            files.append(.init(name: name, identity: cursor.identity, offset: cursor.offset, lines: cursor.lines,
                               tornTail: cursor.torn != nil, problemLines: cursor.problemLines, tail: 0,
                               prefix: cursor.prefix?.value ?? 0, prefixKnown: cursor.prefix != nil))
        }
        return JournalCheckpoint(files: files)
    }

    /// Takes up a checkpoint, after checking that each file still holds the bytes it read
    /// (tail hash, problem lines still problems). Returns false, with nothing taken up,
    /// when any file does not match. The next pass then reads only what was appended, or
    /// everything when a file was replaced, as after any earlier pass.
    func restore(_ checkpoint: JournalCheckpoint) -> Bool {
        var restored: [String: Cursor] = [:]
        for file in checkpoint.files {
            let path = "\(folder)/\(JournalNames.directory)/\(file.name)"
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0 else { return false }
            let now = FileIdentity(st)
            var identity = file.identity
            if now.isSameFile(as: file.identity) && now.size >= file.identity.size {
                // The file the checkpoint read, grown or not: its last bytes tell a rewrite.
                guard (try? JournalCheckpoint.tailHash(fd: fd, offset: file.offset, path: path)) == file.tail else { return false }
            } else {
                // Another file under the name (copied, synced): the same lines if the same bytes.
                guard now.size >= file.offset,
                      (try? JournalCheckpoint.prefixHash(fd: fd, offset: file.offset, path: path)) == file.prefix else { return false }
                // As if this file had been read up to the offset: the next pass reads the rest.
                identity = now
                if now.size > file.offset { identity.size = file.offset }
            }
            var cursor = Cursor(identity: identity, offset: file.offset, lines: file.lines)
            let name = relative(file.name)
            for problemLine in file.problemLines {
                guard problemLine.start >= 0, problemLine.start <= problemLine.end, problemLine.end <= file.offset,
                      let bytes = try? PosixIO.readRange(fd, from: problemLine.start, to: problemLine.end, path: path),
                      bytes.count == problemLine.end - problemLine.start,
                      case .problem(let problem) = JournalLine.decode(bytes) else {
                    return false
                }
                cursor.problems.append(JournalReader.diagnostic(problem, file: name, line: problemLine.line))
                cursor.problemLines.append(problemLine)
            }
            if file.tornTail { cursor.torn = JournalReader.tornLastLine(file: name, afterLines: file.lines) }
            restored[file.name] = cursor
        }
        cursors = restored
        return true
    }
}
