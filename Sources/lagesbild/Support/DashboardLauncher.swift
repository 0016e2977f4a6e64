import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildGeo
import LagesbildStore
import LagesbildTUI

/// Opens the data folder for the chair and runs the dashboard on it, wired to the folder's
/// journal, drafts, minutes and reports. `lagesbild` and `lagesbild meeting` share it.
enum DashboardLauncher {
    static func run(_ options: DataOptions, author: String?, period: Period? = nil, color: Bool,
                    opensMeeting: Bool = false) throws {
        if options.folders.count > 1, !opensMeeting { return try AreaFolders.runView(options, period: period, color: color) }
        let folder = try options.requireFolder()
        let writer = author ?? JournalNames.defaultWriter(environment: ProcessInfo.processInfo.environment)
        let access = try DataFolder.open(at: folder, mode: .readWrite, writer: writer)
        access.source.defersFirstSnapshot = true
        var dashboard = DashboardOptions(language: options.language, today: try options.today.map { _ in try options.todayDay() },
                                         period: period, color: color, readOnly: false)
        dashboard.opensMeeting = opensMeeting
        dashboard.positions = try? ProjCoordinates.shared.get()
        dashboard.unicode = TimeMatrixLines.terminalIsUTF8(environment: ProcessInfo.processInfo.environment)
        let result = runDashboard(source: access.source, sink: access.sink, options: dashboard, drafts: access.drafts,
                                  minutesWriter: FolderMinutesWriter(folder: folder),
                                  reportWriter: FolderReportWriter(folder: folder))
        access.source.finishSnapshotWrites()
        if let farewell = result.farewell { Console.out(farewell + "\n") }
        if result.status != 0 { throw ExitCode(result.status) }
    }
}
