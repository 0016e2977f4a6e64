import ArgumentParser
import LagesbildCore
import LagesbildStore

/// `lagesbild check`: validates the data folder and prints every problem with file:line.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollerar datamappen och visar alla fel med fil:rad (check the data folder).")

    @OptionGroup var options: DataOptions

    func run() throws {
        let folder = try options.requireFolder()
        let L = options.language
        let loaded = DataFolderLoader.load(folder, today: try options.todayDay())
        for d in loaded.diagnostics { Console.out(L.line(d) + "\n") }
        // The survey files the law's document reads, checked here too, row by row.
        let surveys = DocumentFiles.readSurveys(folder: folder).problems
        for d in surveys { Console.out(L.line(d) + "\n") }
        let errors = loaded.diagnostics.filter { $0.severity == .error }.count + surveys.count
        Console.out(L(.checkSummary(errors: errors, warnings: loaded.diagnostics.count - errors, events: loaded.eventCount)) + "\n")
        if errors > 0 { throw ExitCode(1) }
    }
}
