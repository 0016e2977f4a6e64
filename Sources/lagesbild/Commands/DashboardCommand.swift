import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore
import LagesbildTUI

/// `lagesbild` (the default): the chair's dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Instrumentpanelen för EST-mötets ordförande (the dashboard).")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Perioden att börja på: 2023, 2023-T2 eller 2023-W47.")
    var period: String?

    @Option(name: .long, help: "Vem som skriver (annars användare@värd).")
    var author: String?

    @Flag(name: .customLong("no-color"), help: "Utan färger (som NO_COLOR).")
    var noColor = false

    func run() throws {
        let folder = try options.requireFolder()
        var start: Period? = nil
        if let period {
            guard let p = Period(period) else { throw ValidationError("--period: \(period) (2023, 2023-T2, 2023-W47)") }
            start = p
        }
        let writer = author ?? JournalNames.defaultWriter(environment: ProcessInfo.processInfo.environment)
        let access = try DataFolder.open(at: folder, mode: .readWrite, writer: writer)
        let dashboard = DashboardOptions(language: options.language, today: try options.today.map { _ in try options.todayDay() },
                                         period: start, color: !noColor, readOnly: false)
        let status = runDashboard(source: access.source, sink: access.sink, options: dashboard, drafts: access.drafts,
                                  minutesWriter: FolderMinutesWriter(folder: folder),
                                  reportWriter: FolderReportWriter(folder: folder))
        if status != 0 { throw ExitCode(status) }
    }
}
