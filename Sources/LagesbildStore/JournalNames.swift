import Glibc

/// Where each writer's journal and lock live inside the data folder.
public enum JournalNames {
    public static let directory = "journal"
    public static let fileExtension = "jsonl"

    /// A writer name as a safe file name: letters, digits and `. _ @ + -` are kept,
    /// anything else (slashes, spaces, control characters) becomes `_`. A leading dot is
    /// replaced so a journal is never hidden and can never be mistaken for a lock file.
    public static func safeWriterName(_ writer: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@+-")
        var name = String(writer.map { allowed.contains($0) ? $0 : "_" }.prefix(120))
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name.isEmpty ? "_" : name
    }

    /// `journal/<writer>.jsonl`, relative to the data folder: the name shown in diagnostics.
    public static func relativeJournalPath(writer: String) -> String {
        "\(directory)/\(safeWriterName(writer)).\(fileExtension)"
    }

    /// `journal/.<writer>.lock`: a separate file, so locking never involves the data file.
    static func relativeLockPath(writer: String) -> String {
        "\(directory)/.\(safeWriterName(writer)).lock"
    }

    /// `user@host` from the environment and the host name: one journal per person and machine.
    public static func defaultWriter(environment: [String: String]) -> String {
        let user = environment["USER"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LOGNAME"].flatMap { $0.isEmpty ? nil : $0 } ?? "user"
        return "\(user)@\(shortHostName() ?? "host")"
    }

    /// The host name up to the first dot. `gethostname` rather than Foundation's host
    /// lookup, which may query the network.
    static func shortHostName() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return nil }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let short = name.split(separator: ".").first.map(String.init) ?? ""
        return short.isEmpty ? nil : short
    }
}
