import LagesbildCore

/// Saves follow-up reports from the dashboard into the data folder's `reports/`, each file
/// replaced whole (`AtomicFile`), so a reader never sees half a report.
public final class FolderReportWriter: ReportWriter, DocumentMaterials {
    public static let directory = "reports"
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// The surveys and texts `lagesbild document` reads, for the dashboard's `D`.
    public func material(forYear year: Int) -> DocumentMaterial { DocumentFiles.material(folder: folder, year: year) }

    public func writeReport(files: [(name: String, contents: String)]) throws -> [String] {
        let directory = "\(folder)/\(FolderReportWriter.directory)"
        try PosixIO.makeDirectory(directory)
        return try files.map { file in
            try AtomicFile.write(Array(file.contents.utf8), to: "\(directory)/\(file.name)", readers: .everyone)
            return "\(FolderReportWriter.directory)/\(file.name)"
        }
    }
}
