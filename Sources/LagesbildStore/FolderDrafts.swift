import Foundation
import Glibc
import LagesbildCore

/// Unfinished forms as files, `drafts/<name>.json`, each replaced atomically on save so a
/// crash mid-save leaves the previous draft whole.
public final class FolderDrafts: DraftKeeper {
    public static let directory = "drafts"
    public static let fileExtension = "json"

    public let folder: String
    private var draftsPath: String { "\(folder)/\(FolderDrafts.directory)" }

    public init(folder: String) { self.folder = folder }

    public func saveDraft(name: String, contents: [UInt8]) throws {
        guard PosixIO.isDirectory(folder) else {
            throw StoreError.io(operation: "open", path: folder, errno: ENOENT)
        }
        try PosixIO.makeDirectory(draftsPath)
        try AtomicFile.write(contents, to: path(name))
    }

    /// Every saved draft, sorted by name. Temporary files of an interrupted save are hidden
    /// (they start with a dot) and never returned.
    public func drafts() -> [(name: String, contents: [UInt8])] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: draftsPath) else { return [] }
        let suffix = ".\(FolderDrafts.fileExtension)"
        return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(suffix) }.sorted().compactMap { file in
            guard let bytes = try? PosixIO.readFile("\(draftsPath)/\(file)").bytes else { return nil }
            return (String(file.dropLast(suffix.count)), bytes)
        }
    }

    /// Removes a draft; one that is already gone is fine.
    public func discardDraft(name: String) throws {
        let file = path(name)
        if unlink(file) != 0 {
            if errno == ENOENT { return }
            throw StoreError.io(operation: "unlink", path: file, errno: errno)
        }
        try PosixIO.fsyncDirectory(draftsPath)
    }

    /// Draft names come from the front end; they are made safe the same way as writer names.
    private func path(_ name: String) -> String {
        "\(draftsPath)/\(JournalNames.safeWriterName(name)).\(FolderDrafts.fileExtension)"
    }
}
