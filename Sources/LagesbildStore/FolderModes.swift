import Glibc

/// The modes of what Lägesbild creates. A private data folder (0700, the default) keeps
/// everything the writer's own: files 0600, folders 0700. A group-shared folder — setgid with
/// group read, write and search, as `chmod 2770` and `lagesbild init --shared GROUP` make it —
/// shares with the group: files 0660 (journals, their lock, drafts, the snapshot), folders 2770,
/// so new files take the folder's group and every member can read every journal. Decided by
/// the folder a file or folder is created in.
enum FolderModes {
    struct Modes: Equatable {
        var file: mode_t
        var directory: mode_t
        /// A document for publishing (reports, minutes).
        var document: mode_t
    }

    static let privateModes = Modes(file: 0o600, directory: 0o700, document: 0o644)
    static let sharedModes = Modes(file: 0o660, directory: 0o2770, document: 0o664)

    /// Whether `directory` is shared with its group: setgid, group rwx.
    static func isShared(_ directory: String) -> Bool {
        var st = stat()
        guard stat(directory, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return false }
        return st.st_mode & S_ISGID != 0 && st.st_mode & 0o070 == 0o070
    }

    /// The modes for something created inside `directory`.
    static func inside(_ directory: String) -> Modes { isShared(directory) ? sharedModes : privateModes }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
