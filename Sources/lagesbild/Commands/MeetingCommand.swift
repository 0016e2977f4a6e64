import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore
import LagesbildTUI

/// `lagesbild meeting`: the weekly EST meeting for the current ISO week, on one screen.
/// The same view as `M` in the dashboard; leaving it shows the dashboard.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "EST-mötet: veckans lägesbild, uppföljning av beslut och protokoll (the weekly meeting).")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Vem som skriver (annars användare@värd).")
    var author: String?

    @Flag(name: .customLong("no-color"), help: "Utan färger (som NO_COLOR).")
    var noColor = false

    func run() throws {
        let folder = try options.requireFolder()
        let writer = author ?? JournalNames.defaultWriter(environment: ProcessInfo.processInfo.environment)
        let access = try DataFolder.open(at: folder, mode: .readWrite, writer: writer)
        var dashboard = DashboardOptions(language: options.language, today: try options.today.map { _ in try options.todayDay() },
                                         color: !noColor, readOnly: false)
        dashboard.opensMeeting = true
        let status = runDashboard(source: access.source, sink: access.sink, options: dashboard, drafts: access.drafts,
                                  minutesWriter: FolderMinutesWriter(folder: folder))
        if status != 0 { throw ExitCode(status) }
    }
}
