import Foundation
import Glibc
import LagesbildCore

/// An event together with the journal line it was read from.
public struct LocatedEvent: Sendable {
    public var event: JournalEvent
    /// Relative to the data folder: `journal/anna@host.jsonl`.
    public var file: String
    /// 1-based.
    public var line: Int
}

/// What one pass over the journals found.
public struct JournalReadResult: Sendable {
    /// Events read by this pass only (every event when `restarted`).
    public var events: [LocatedEvent]
    /// Every problem currently known in the journals, not just the ones found by this
    /// pass, so a display can show the current state without keeping its own history.
    public var diagnostics: [Diagnostic]
    /// The reader threw away what it had delivered and read everything again.
    public var restarted: Bool
}

/// Reads every writer's journal incrementally. For each file it remembers the file's
/// identity (inode, size, mtime), the byte offset after the last complete line and the
/// line count, so a later pass reads only appended bytes. It opens files `O_RDONLY`,
/// takes no lock and creates nothing, so the wall display can use it on a folder it
/// must not change.
public final class JournalReader {
    struct Cursor {
        var identity: FileIdentity
        var offset = 0
        var lines = 0
        var problems: [Diagnostic] = []
        /// Where each problem line lies, so a checkpoint can find it again.
        var problemLines: [JournalCheckpoint.ProblemLine] = []
        var torn: Diagnostic?
        /// The last read failed; replaced on every pass so it is reported once, not piled up.
        var readProblem: Diagnostic?
        /// `SnapshotHash` of every byte before `offset`, kept as they are read, so a snapshot's
        /// checkpoint does not read the journals again for it; nil for a cursor taken up from
        /// a checkpoint (its bytes were not read here).
        var prefix: SnapshotHash?
    }

    public let folder: String
    var cursors: [String: Cursor] = [:]
    /// Called after each chunk with the bytes this pass has read so far.
    public var progress: ((Int) -> Void)?
    private var passBytes = 0
    /// Problems found in chunks finished while their file was still being read, joined to
    /// the file's cursor when the pass ends.
    private var latePending: [String: (problems: [Diagnostic], lines: [JournalCheckpoint.ProblemLine])] = [:]

    /// Bytes read per step: large enough that handing a chunk over costs nothing measurable,
    /// small enough that the pipeline fills at once and a journal of hundreds of megabytes
    /// is never in memory at once (the pipeline's few chunks are).
    let chunkBytes: Int

    public convenience init(folder: String) { self.init(folder: folder, chunkBytes: 2 << 20) }

    init(folder: String, chunkBytes: Int) {
        self.folder = folder
        self.chunkBytes = max(1, chunkBytes)
    }

    /// True once something has been read; a reset from here on is a restart.
    public var hasState: Bool { !cursors.isEmpty }

    /// Forgets every file, so the next pass reads everything.
    public func reset() { cursors = [:] }

    /// Reads everything new and returns it in one list.
    public func read() -> JournalReadResult {
        var events: [LocatedEvent] = []
        var restarted = false
        let found = read(restart: { restarted = true }) { batch, file, lines in
            for (event, line) in zip(batch, lines) { events.append(LocatedEvent(event: event, file: file, line: line)) }
        }
        return JournalReadResult(events: events, diagnostics: found, restarted: restarted)
    }

    /// Reads everything new, handing the events over a chunk at a time (with the file they
    /// came from and each one's line), so a caller can replay a journal of any size without
    /// holding all of it. `restart` is called before anything is delivered when the reader
    /// throws away what it had delivered and reads everything again. Returns every problem
    /// currently known in the journals.
    public func read(restart: () -> Void,
                     deliver: (_ events: inout [JournalEvent], _ file: String, _ lines: [Int]) -> Void) -> [Diagnostic] {
        let pass = begin()
        if pass.restarted { restart() }
        return read(pass, deliver: deliver)
    }

    /// The files of one pass, opened, and whether the reader started over for them.
    public final class Pass {
        fileprivate var files: [(name: String, fd: Int32, identity: FileIdentity)] = []
        fileprivate var problems: [Diagnostic] = []
        /// What was delivered before is void: the caller starts again from nothing.
        public fileprivate(set) var restarted = false
        /// The bytes this pass will read (more if a journal grows meanwhile).
        public fileprivate(set) var bytesToRead = 0
        deinit { for file in files { close(file.fd) } }
    }

    /// Lists and opens the journals and decides whether to start over, before anything is
    /// read, so the caller can drop what it had before the first event arrives.
    public func begin() -> Pass {
        let pass = Pass()
        let directory = "\(folder)/\(JournalNames.directory)"
        var names: [String] = []
        if PosixIO.isDirectory(directory) {
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
                    .filter { !$0.hasPrefix(".") && $0.hasSuffix(".\(JournalNames.fileExtension)") }
                    .sorted()
            } catch {
                pass.problems.append(Diagnostic(.error, file: JournalNames.directory, .unreadable(String(describing: error))))
            }
        }
        // Open everything first so the restart decision and the reads see the same files.
        for name in names {
            let path = "\(directory)/\(name)"
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            var st = stat()
            guard fd >= 0 else {
                let code = errno
                if code != ENOENT {  // vanished between listing and opening: treated as gone
                    pass.problems.append(Diagnostic(.error, file: relative(name), .unreadable(String(cString: strerror(code)))))
                }
                continue
            }
            guard fstat(fd, &st) == 0 else { close(fd); continue }
            pass.files.append((name, fd, FileIdentity(st)))
        }
        if needsRestart(pass.files) {
            pass.restarted = hasState
            cursors = [:]
        }
        for file in pass.files {
            let cursor = cursors[file.name]
            if cursor?.identity != file.identity { pass.bytesToRead += max(0, file.identity.size - (cursor?.offset ?? 0)) }
        }
        return pass
    }

    /// Reads what is new in the files of `pass`; see `read(restart:deliver:)`.
    ///
    /// A pipeline: while the lines of the next chunks are decoded on the other cores, the
    /// chunk before them is delivered on this thread, so replaying seldom waits for decoding
    /// and decoding seldom waits for replaying. Events still arrive in file and line order.
    public func read(_ pass: Pass,
                     deliver: (_ events: inout [JournalEvent], _ file: String, _ lines: [Int]) -> Void) -> [Diagnostic] {
        passBytes = 0
        var pipeline = DecodePipeline()
        for file in pass.files {
            var cursor = cursors[file.name] ?? Cursor(identity: FileIdentity.empty, prefix: SnapshotHash())
            if cursor.identity == file.identity { continue }
            do {
                let readEnd = try readChunks(file.fd, upTo: file.identity.size, name: file.name, into: &cursor) { job in
                    if let previous = pipeline.start(job) { finish(previous, deliver) }
                }
                cursor.identity = file.identity
                cursor.identity.size = readEnd  // less than the size if truncated meanwhile
                cursor.readProblem = nil
            } catch {
                // The system's words (Is a directory, Input/output error), not the error's structure.
                let why = (error as? StoreError)?.systemMessage ?? String(describing: error)
                cursor.readProblem = Diagnostic(.error, file: relative(file.name), .unreadable(why))
            }
            cursors[file.name] = cursor
        }
        for job in pipeline.drain() { finish(job, deliver) }
        for (name, late) in latePending {
            cursors[name]?.problems += late.problems
            cursors[name]?.problemLines += late.lines
        }
        latePending = [:]

        var diagnostics = pass.problems
        for name in cursors.keys.sorted() {
            diagnostics += cursors[name]!.problems
            if let torn = cursors[name]!.torn { diagnostics.append(torn) }
            if let failed = cursors[name]!.readProblem { diagnostics.append(failed) }
        }
        return diagnostics
    }

    /// Reads from the cursor's offset to `end` a chunk at a time, splits each into lines
    /// and hands it to `started` to be decoded; a line cut by a chunk's end is carried into
    /// the next. Returns where reading stopped.
    private func readChunks(_ fd: Int32, upTo end: Int, name: String, into cursor: inout Cursor,
                            _ started: (DecodeJob) -> Void) throws -> Int {
        let path = "\(folder)/\(JournalNames.directory)/\(name)"
        var position = cursor.offset
        var carried: [UInt8] = []
        while position < end {
            // The line carried over, the chunk and simdjson's padding in one buffer, which the
            // decoding threads parse where it lies.
            let (bytes, read) = try PosixIO.readRange(fd, from: position, to: min(end, position + chunkBytes), path: path,
                                                      after: carried, padding: SimdJSONParser.padding)
            if read == 0 { break }
            position += read
            passBytes += read
            let filled = bytes.count - SimdJSONParser.padding
            let job = split(bytes, filled: filled, name: name, into: &cursor)
            carried = Array(bytes[job.used..<filled])
            if !job.ranges.isEmpty { started(job) }
            progress?(passBytes)
        }
        cursor.torn = carried.isEmpty ? nil : JournalReader.tornLastLine(file: relative(name), afterLines: cursor.lines)
        return position
    }

    /// A file was replaced (new inode), truncated (smaller), rewritten in place (same size,
    /// new mtime, or no newline just before the remembered offset) or removed: what was
    /// delivered from it may no longer be true, so everything is read again.
    private func needsRestart(_ files: [(name: String, fd: Int32, identity: FileIdentity)]) -> Bool {
        let present = Set(files.map(\.name))
        if cursors.keys.contains(where: { !present.contains($0) }) { return true }
        for file in files {
            guard let cursor = cursors[file.name] else { continue }
            let old = cursor.identity
            if !file.identity.isSameFile(as: old) || file.identity.size < old.size { return true }
            if file.identity.size == old.size && file.identity != old { return true }
            if cursor.offset > 0 {
                let before = try? PosixIO.readRange(file.fd, from: cursor.offset - 1, to: cursor.offset, path: file.name)
                if before != [UInt8(ascii: "\n")] { return true }
            }
        }
        return false
    }

    /// Splits bytes into lines and advances the cursor past the complete ones: a last line
    /// without "\n" is left for the next chunk, or, at the end, is an append still in flight
    /// or cut by a crash, read once it is complete.
    /// `bytes` holds `filled` bytes of the file followed by simdjson's padding.
    private func split(_ bytes: [UInt8], filled: Int, name: String, into cursor: inout Cursor) -> DecodeJob {
        var start = 0
        var ranges: [Range<Int>] = []
        var numbers: [Int] = []
        bytes.withUnsafeBufferPointer { padded in
            let all = UnsafeBufferPointer(rebasing: padded[..<filled])
            while start < all.count, let newline = memchr(all.baseAddress! + start, 0x0A, all.count - start) {
                let end = start + (UnsafeRawPointer(newline) - UnsafeRawPointer(all.baseAddress! + start))
                cursor.lines += 1
                let range = start..<end
                start = end + 1
                if all[range].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                ranges.append(range)
                numbers.append(cursor.lines)
            }
        }
        let job = DecodeJob(name: name, padded: bytes, base: cursor.offset, used: start, ranges: ranges, numbers: numbers)
        cursor.offset += start
        bytes.withUnsafeBytes { cursor.prefix?.update(UnsafeRawBufferPointer(rebasing: $0[..<start])) }
        return job
    }

    /// Takes a decoded chunk: its problems go to its file's cursor, its events to `deliver`
    /// a piece at a time.
    private func finish(_ job: DecodeJob, _ deliver: (_ events: inout [JournalEvent], _ file: String, _ lines: [Int]) -> Void) {
        var pieces = job.wait()
        let file = relative(job.name)
        for i in pieces.indices {
            // No copy of the piece is held: its events have one owner when handed over, so
            // the receiver may take them out rather than copy them.
            let problems = pieces[i].problems, lines = pieces[i].lines
            if !problems.isEmpty {
                // The file's cursor may be the caller's copy still being read into: problems
                // are kept aside and joined when the pass ends, in line order.
                var late = latePending[job.name] ?? ([], [])
                for (i, problem) in problems {
                    late.problems.append(JournalReader.diagnostic(problem, file: file, line: job.numbers[i]))
                    late.lines.append(.init(line: job.numbers[i], start: job.base + job.ranges[i].lowerBound,
                                            end: job.base + job.ranges[i].upperBound))
                }
                latePending[job.name] = late
            }
            if !pieces[i].events.isEmpty { deliver(&pieces[i].events, file, lines) }
        }
    }

    /// The warning for a last line still without its newline, after `lines` whole ones.
    static func tornLastLine(file: String, afterLines lines: Int) -> Diagnostic {
        Diagnostic(.warning, file: file, line: lines + 1, .tornLastLine)
    }

    /// A torn remnant is skipped like a torn last line: a warning, not a broken file.
    static func diagnostic(_ problem: DiagnosticProblem, file: String, line: Int) -> Diagnostic {
        Diagnostic(problem == .tornLine ? .warning : .error, file: file, line: line, problem)
    }

    func relative(_ name: String) -> String { "\(JournalNames.directory)/\(name)" }
}

extension FileIdentity {
    /// Matches no real file: a cursor that has read nothing yet.
    static let empty = FileIdentity(device: 0, inode: 0, size: 0, modifiedSeconds: 0, modifiedNanoseconds: 0)
}

