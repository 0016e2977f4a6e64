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
    private struct Cursor {
        var identity: FileIdentity
        var offset = 0
        var lines = 0
        var problems: [Diagnostic] = []
        var torn: Diagnostic?
        /// The last read failed; replaced on every pass so it is reported once, not piled up.
        var readProblem: Diagnostic?
    }

    public let folder: String
    private var cursors: [String: Cursor] = [:]

    public init(folder: String) { self.folder = folder }

    /// True once something has been read; a reset from here on is a restart.
    public var hasState: Bool { !cursors.isEmpty }

    /// Forgets every file, so the next pass reads everything.
    public func reset() { cursors = [:] }

    public func read() -> JournalReadResult {
        let directory = "\(folder)/\(JournalNames.directory)"
        var listingProblem: Diagnostic?
        var names: [String] = []
        if PosixIO.isDirectory(directory) {
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
                    .filter { !$0.hasPrefix(".") && $0.hasSuffix(".\(JournalNames.fileExtension)") }
                    .sorted()
            } catch {
                listingProblem = Diagnostic(.error, file: JournalNames.directory, .unreadable(String(describing: error)))
            }
        }

        // Open everything first so the restart decision and the reads see the same files.
        var open: [(name: String, fd: Int32, identity: FileIdentity)] = []
        var openProblems: [Diagnostic] = []
        defer { for file in open { close(file.fd) } }
        for name in names {
            let path = "\(directory)/\(name)"
            let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
            var st = stat()
            guard fd >= 0 else {
                let code = errno
                if code != ENOENT {  // vanished between listing and opening: treated as gone
                    openProblems.append(Diagnostic(.error, file: relative(name), .unreadable(String(cString: strerror(code)))))
                }
                continue
            }
            guard fstat(fd, &st) == 0 else { close(fd); continue }
            open.append((name, fd, FileIdentity(st)))
        }

        var restarted = false
        if needsRestart(open.map { ($0.name, $0.fd, $0.identity) }) {
            restarted = hasState
            cursors = [:]
        }

        var events: [LocatedEvent] = []
        for file in open {
            var cursor = cursors[file.name] ?? Cursor(identity: FileIdentity.empty)
            if cursor.identity == file.identity { continue }
            do {
                let bytes = try PosixIO.readRange(file.fd, from: cursor.offset, to: file.identity.size,
                                                  path: "\(directory)/\(file.name)")
                let readEnd = cursor.offset + bytes.count  // less than the size if truncated meanwhile
                events += consume(bytes, name: file.name, into: &cursor)
                cursor.identity = file.identity
                cursor.identity.size = readEnd
                cursor.readProblem = nil
            } catch {
                cursor.readProblem = Diagnostic(.error, file: relative(file.name), .unreadable(String(describing: error)))
            }
            cursors[file.name] = cursor
        }

        var diagnostics = (listingProblem.map { [$0] } ?? []) + openProblems
        for name in cursors.keys.sorted() {
            diagnostics += cursors[name]!.problems
            if let torn = cursors[name]!.torn { diagnostics.append(torn) }
            if let failed = cursors[name]!.readProblem { diagnostics.append(failed) }
        }
        return JournalReadResult(events: events, diagnostics: diagnostics, restarted: restarted)
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

    /// Splits new bytes into lines, decodes the complete ones and advances the cursor past
    /// them. A last line without "\n" is an append still in flight or cut by a crash: it
    /// is reported, and the offset stays before it so it is read once it is complete.
    private func consume(_ bytes: [UInt8], name: String, into cursor: inout Cursor) -> [LocatedEvent] {
        var events: [LocatedEvent] = []
        let file = relative(name)
        var start = 0
        var lines: [(range: Range<Int>, number: Int)] = []
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            cursor.lines += 1
            let range = start..<newline
            start = newline + 1
            if bytes[range].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            lines.append((range, cursor.lines))
        }
        let decoded = JournalReader.decodeInParallel(bytes, lines.map(\.range))
        events.reserveCapacity(decoded.count)
        for (line, result) in zip(lines, decoded) {
            switch result {
            case .event(let event): events.append(LocatedEvent(event: event, file: file, line: line.number))
            case .problem(let problem): cursor.problems.append(Diagnostic(.error, file: file, line: line.number, problem))
            }
        }
        cursor.offset += start
        cursor.torn = start < bytes.count
            ? Diagnostic(.warning, file: file, line: cursor.lines + 1, .tornLastLine) : nil
        return events
    }

    private func relative(_ name: String) -> String { "\(JournalNames.directory)/\(name)" }
}

extension FileIdentity {
    /// Matches no real file: a cursor that has read nothing yet.
    static let empty = FileIdentity(device: 0, inode: 0, size: 0, modifiedSeconds: 0, modifiedNanoseconds: 0)
}
