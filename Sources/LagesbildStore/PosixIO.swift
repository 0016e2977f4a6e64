import Glibc

/// Small wrappers over the system calls the durable paths need. Raw descriptors are used
/// rather than FileHandle or stdio so the order of write, fsync and rename is exactly
/// what the code says (stdio buffering is how other tools fsynced before flushing).
enum PosixIO {
    /// Writes all of `bytes` with as few `write` calls as the kernel allows: normally one.
    /// Loops only on a short write or EINTR.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.io(operation: "write", path: path, errno: errno)
            }
            offset += n
        }
    }

    static func fsyncOrThrow(_ fd: Int32, path: String) throws {
        while fsync(fd) != 0 {
            if errno != EINTR { throw StoreError.io(operation: "fsync", path: path, errno: errno) }
        }
    }

    /// Makes a rename or a new directory entry durable: the entry lives in the directory,
    /// so the directory itself must be synced.
    static func fsyncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(operation: "open", path: path, errno: errno) }
        defer { close(fd) }
        try fsyncOrThrow(fd, path: path)
    }

    /// Creates a directory with mode 0700 (personal data); an existing directory is fine.
    /// The mode is set explicitly afterwards because `mkdir` applies the umask.
    static func makeDirectory(_ path: String) throws {
        // Private (0700) or, inside a group-shared folder, 2770 (`FolderModes`); chmod after
        // mkdir because the umask narrows it and mkdir does not set the setgid bit everywhere.
        let mode = FolderModes.inside(FolderModes.parent(of: path)).directory
        if mkdir(path, mode) == 0 {
            _ = chmod(path, mode)
            return
        }
        let code = errno
        var st = stat()
        if code == EEXIST, stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { return }
        throw StoreError.io(operation: "mkdir", path: path, errno: code)
    }

    /// Creates a directory and any missing parents, each with mode 0700.
    static func makeDirectories(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            current += "/" + part
            if isDirectory(current) { continue }
            try makeDirectory(current)
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Reads a whole file through a read-only descriptor.
    static func readFile(_ path: String) throws -> (bytes: [UInt8], identity: FileIdentity) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(operation: "open", path: path, errno: errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StoreError.io(operation: "fstat", path: path, errno: errno) }
        let identity = FileIdentity(st)
        let bytes = try readRange(fd, from: 0, to: Int(st.st_size), path: path)
        return (bytes, identity)
    }

    /// `prefix`, then bytes `[from, to)` read with `pread` straight after it, then `padding`
    /// zero bytes, in one buffer written once (no zeroing before the read, no copy after);
    /// with how many bytes were read, fewer at end of file.
    static func readRange(_ fd: Int32, from start: Int, to end: Int, path: String,
                          after prefix: [UInt8], padding: Int) throws -> (bytes: [UInt8], read: Int) {
        let wanted = max(0, end - start)
        var read = 0
        let bytes = try [UInt8](unsafeUninitializedCapacity: prefix.count + wanted + padding) { buffer, count in
            let base = buffer.baseAddress!
            prefix.withUnsafeBufferPointer { p in if let from = p.baseAddress { base.initialize(from: from, count: p.count) } }
            count = prefix.count
            while read < wanted {
                let n = pread(fd, base + prefix.count + read, wanted - read, off_t(start + read))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.io(operation: "read", path: path, errno: errno)
                }
                if n == 0 { break }
                read += n
            }
            (base + prefix.count + read).initialize(repeating: 0, count: padding)
            count = prefix.count + read + padding
        }
        return (bytes, read)
    }

    /// Reads bytes `[from, to)` with `pread`, so the descriptor's position never matters.
    /// Stops early at end of file (the file may have been truncated meanwhile).
    static func readRange(_ fd: Int32, from start: Int, to end: Int, path: String) throws -> [UInt8] {
        guard end > start else { return [] }
        return try readRange(fd, from: start, to: end, path: path, after: [], padding: 0).bytes
    }
}

/// What identifies a file's version cheaply: a new inode means the file was replaced
/// (a sync tool renames a new copy into place), a smaller size means it was truncated.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int

    init(device: UInt64, inode: UInt64, size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int(st.st_size)
        modifiedSeconds = Int(st.st_mtim.tv_sec)
        modifiedNanoseconds = Int(st.st_mtim.tv_nsec)
    }

    /// The same file (same inode on the same device), whatever its size.
    func isSameFile(as other: FileIdentity) -> Bool { device == other.device && inode == other.inode }

    /// Looks up a path without opening it; nil when it does not exist.
    static func of(_ path: String) -> FileIdentity? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileIdentity(st)
    }
}
