import Glibc
import LagesbildCore

/// Appends events to one writer's journal, `journal/<writer>.jsonl`.
///
/// Each append: take `flock(LOCK_EX)` on `journal/.<writer>.lock`, open the journal with
/// `O_APPEND`, write the whole line in one `write`, `fsync`, and only then return. The
/// lock is on a separate file because an `fcntl` lock on the data file is silently
/// dropped when any other descriptor to it closes; `flock` locks belong to the open file
/// description, so two appenders in one process (or two threads) exclude each other too.
/// The journal is never truncated or rewritten.
public final class JournalAppender: EventSink, Sendable {
    public let author: String
    public let folder: String
    /// The journal this appender writes, absolute.
    public let journalPath: String
    private let lockPath: String
    private let journalDirectory: String

    /// `writer` names the journal file (sanitised); events keep whatever author they carry.
    public init(folder: String, writer: String) {
        self.author = writer
        self.folder = folder
        self.journalDirectory = "\(folder)/\(JournalNames.directory)"
        self.journalPath = "\(folder)/\(JournalNames.relativeJournalPath(writer: writer))"
        self.lockPath = "\(folder)/\(JournalNames.relativeLockPath(writer: writer))"
    }

    /// Returns once the event's line is on disk. Throws without writing anything when the
    /// data folder is missing: creating it here would scatter data in a wrong place.
    public func append(_ event: JournalEvent) throws {
        try appendLine(try JournalLine.encode(event))
    }

    /// Appends an already encoded line (it must end with "\n" and hold no other newline).
    func appendLine(_ line: [UInt8]) throws {
        guard PosixIO.isDirectory(folder) else {
            throw StoreError.io(operation: "open", path: folder, errno: ENOENT)
        }
        try PosixIO.makeDirectory(journalDirectory)
        // Private, or for the group in a group-shared folder (`FolderModes`): every member
        // appends under the same lock file, so it must be writable by the group.
        let modes = FolderModes.inside(journalDirectory)
        let lockIsNew = !PosixIO.exists(lockPath)
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, modes.file)
        guard lock >= 0 else { throw StoreError.io(operation: "open", path: lockPath, errno: errno) }
        defer { close(lock) }  // closing the lock's own descriptor releases the flock
        if lockIsNew { _ = fchmod(lock, modes.file) }
        while flock(lock, LOCK_EX) != 0 {
            if errno != EINTR { throw StoreError.io(operation: "flock", path: lockPath, errno: errno) }
        }
        let isNew = !PosixIO.exists(journalPath)
        // Read as well as append: the last byte tells whether a crash left a torn line.
        let fd = open(journalPath, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, modes.file)
        guard fd >= 0 else { throw StoreError.io(operation: "open", path: journalPath, errno: errno) }
        defer { close(fd) }
        if isNew { _ = fchmod(fd, modes.file) }
        // A writer killed mid-write (a write spanning two pages can stop between them) leaves
        // a line without its newline. Appending straight after it would glue this event onto
        // the remnant and lose it; starting a new line keeps it whole, and readers report the
        // remnant as a torn line and skip it. The file is never truncated.
        var bytes = line
        if JournalAppender.endsTorn(fd) { bytes.insert(UInt8(ascii: "\n"), at: 0) }
        // One write carries the whole line, so a concurrent reader sees it whole or not yet.
        try PosixIO.writeAll(fd, bytes, path: journalPath)
        try PosixIO.fsyncOrThrow(fd, path: journalPath)
        // A new file's directory entry must be durable too, or the synced bytes could be lost with it.
        if isNew { try PosixIO.fsyncDirectory(journalDirectory) }
    }

    /// True when the file is not empty and its last byte is not a newline.
    static func endsTorn(_ fd: Int32) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return false }
        var last: UInt8 = 0
        return pread(fd, &last, 1, info.st_size - 1) == 1 && last != UInt8(ascii: "\n")
    }
}
