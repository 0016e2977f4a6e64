import LagesbildCore

/// Writes a meeting's minutes into the data folder's `minutes/`, each file replaced whole
/// (`AtomicFile`), so a reader or a sync tool never sees half a protocol. Writing the same
/// week again, after a second close, replaces that week's files.
public final class FolderMinutesWriter: MinutesWriter {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    public func write(_ documents: [MinutesDocument]) throws -> [String] {
        let directory = "\(folder)/\(DataFolder.minutesDirectory)"
        try PosixIO.makeDirectory(directory)
        return try documents.map { document in
            let path = "\(directory)/\(document.fileName)"
            try AtomicFile.write(Array(document.contents.utf8), to: path, readers: .everyone)
            return "\(DataFolder.minutesDirectory)/\(document.fileName)"
        }
    }
}
