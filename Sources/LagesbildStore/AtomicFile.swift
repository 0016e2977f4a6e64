import Glibc

/// Replaces a file so that a crash at any instant leaves either the old or the new
/// contents, never a mix: write a temporary file in the same directory, fsync it,
/// rename it over the target, fsync the directory. Used for drafts and derived files;
/// journals are never replaced.
public enum AtomicFile {
    /// Who may read what is written.
    public enum Readers: Sendable {
        /// Only the writer: drafts, the snapshot and everything else in the data folder (0600).
        case owner
        /// A document for publishing (a follow-up report, minutes): 0644 less the umask, as
        /// any document a program writes, so colleagues can read it where the folder lets them.
        /// It holds no personal data: the forms refuse personal identity numbers.
        case everyone
    }

    /// Writes `bytes` to `path` (mode 0600, or a document's mode), replacing any existing file.
    public static func write(_ bytes: [UInt8], to path: String, readers: Readers = .owner) throws {
        let (directory, _) = split(path)
        let temp = try writeTemporary(bytes, besides: path, readers: readers)
        guard rename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw StoreError.io(operation: "rename", path: path, errno: code)
        }
        try PosixIO.fsyncDirectory(directory)
    }

    /// Writes `bytes` to `path` only if nothing is there yet; throws `EEXIST` otherwise.
    /// `link` fails instead of replacing, so even a file created a moment ago by someone
    /// else is never overwritten.
    public static func create(_ bytes: [UInt8], at path: String) throws {
        let (directory, _) = split(path)
        let temp = try writeTemporary(bytes, besides: path)
        defer { unlink(temp) }
        guard link(temp, path) == 0 else {
            throw StoreError.io(operation: "link", path: path, errno: errno)
        }
        try PosixIO.fsyncDirectory(directory)
    }

    /// Writes and syncs a new hidden temporary file next to `path` and returns its path.
    private static func writeTemporary(_ bytes: [UInt8], besides path: String, readers: Readers = .owner) throws -> String {
        let (directory, name) = split(path)
        var attempt = 0
        while true {
            // O_EXCL: never reuse a temporary someone else (or a crashed run) left behind.
            let temp = "\(directory)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            // The umask narrows a document's 0644 as usual; a private file is set to 0600 below;
            // in a group-shared folder both are set for the group (`FolderModes`).
            let modes = FolderModes.inside(directory)
            let shared = modes == FolderModes.sharedModes
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, readers == .owner ? modes.file : modes.document)
            if fd < 0 {
                if errno == EEXIST && attempt < 8 { attempt += 1; continue }
                throw StoreError.io(operation: "open", path: temp, errno: errno)
            }
            do {
                // The umask may have narrowed it; never wider than the folder's mode.
                if readers == .owner || shared { _ = fchmod(fd, readers == .owner ? modes.file : modes.document) }
                try PosixIO.writeAll(fd, bytes, path: temp)
                try PosixIO.fsyncOrThrow(fd, path: temp)
            } catch {
                close(fd)
                unlink(temp)
                throw error
            }
            guard close(fd) == 0 else {
                let code = errno
                unlink(temp)
                throw StoreError.io(operation: "close", path: temp, errno: code)
            }
            return temp
        }
    }

    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let dir = String(path[..<slash])
        return (dir.isEmpty ? "/" : dir, String(path[path.index(after: slash)...]))
    }
}
