import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore
import LagesbildTUI

/// A police area's folders (several `--data`, or an `omrade.yaml`): each read on its own,
/// shown together, nothing written.
struct AreaFolders {
    struct Member {
        var folder: String
        var name: String
        var plans: PlanBook
        var loaded: DataFolderContents
    }

    var members: [Member]

    /// Every folder with its plans; a folder without one stops the command with its problems.
    static func load(_ options: DataOptions) throws -> AreaFolders {
        var members: [Member] = []
        for folder in options.folders {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
                Console.error(options.language(.missingDataFolder(path: folder)))
                throw ExitCode(2)
            }
            let loaded = DataFolderLoader.loadLedger(folder)
            guard let plans = loaded.plans, let latest = plans.latest else {
                for d in loaded.diagnostics { Console.error(folder + "/" + options.language.line(d)) }
                throw ExitCode(1)
            }
            members.append(Member(folder: folder, name: latest.municipality, plans: plans, loaded: loaded))
        }
        return AreaFolders(members: members)
    }

    /// After the output: every member's unreadable files named, with the partial exit status.
    func finish(_ options: DataOptions) throws {
        var missing = 0
        for m in members {
            for d in m.loaded.diagnostics.unreadable { Console.error(m.folder + "/" + options.language.line(d)); missing += 1 }
        }
        guard missing > 0 else { return }
        Console.error("lagesbild: " + options.language(.partialPicture(files: missing)))
        throw ExitCode(DataOptions.partialExitStatus)
    }

    /// `summary` for an area: each municipality's picture, then the merged ranking.
    static func summary(_ options: DataOptions, period requested: Period?) throws {
        let area = try load(options)
        let today = try options.todayDay()
        let members = area.members.map { m -> AreaPicture.Member in
            let period = requested ?? StartPeriod.choose(plans: m.plans, index: m.loaded.ledger.index, today: today).period
            let plan = m.plans.viewed(for: period)!
            return AreaPicture.Member(name: m.name, plan: plan,
                                      picture: SituationAnalyzer(plan: plan, ledger: m.loaded.ledger).picture(for: period, today: today))
        }
        Console.out(AreaSummaryText.render(AreaPicture(members: members), language: options.language))
        try area.finish(options)
    }

    /// `report` for an area: each municipality's report in turn (text or Markdown).
    static func report(_ options: DataOptions, period requested: Period?, markdown: Bool, out: String?) throws {
        let area = try load(options)
        let today = try options.todayDay()
        var text = ""
        for m in area.members {
            let period = requested ?? StartPeriod.choose(plans: m.plans, index: m.loaded.ledger.index, today: today).period
            let report = FollowUpReport.make(plans: m.plans, ledger: m.loaded.ledger, period: period, today: today)
            text += markdown ? ReportMarkdownRenderer(report: report, language: options.language).render()
                             : ReportTextRenderer(report: report, language: options.language).render()
            text += "\n"
        }
        try DocumentOutput.write(Array(text.utf8), to: out, command: "report", readers: .everyone)
        try area.finish(options)
    }

    /// The area view: every member's dashboard, read-only, behind one picture.
    static func runView(_ options: DataOptions, period: Period?, color: Bool) throws {
        let area = try load(options)
        var dashboard = DashboardOptions(language: options.language, today: try options.today.map { _ in try options.todayDay() },
                                         period: period, color: color, readOnly: true)
        dashboard.unicode = TimeMatrixLines.terminalIsUTF8(environment: ProcessInfo.processInfo.environment)
        var sources: [(String, EventSource)] = []
        for m in area.members {
            let access = try DataFolder.open(at: m.folder, mode: .readOnly, writer: "area")
            sources.append((m.name, access.source))
        }
        let status = runArea(sources: sources, options: dashboard)
        if status != 0 { throw ExitCode(status) }
    }
}
