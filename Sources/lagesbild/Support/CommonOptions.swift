import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// Options every command that reads a data folder shares.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Datamappen (annars $LAGESBILD_DATA, annars XDG-datamappen); flera --data (eller en mapp med omrade.yaml) är ett område.")
    var data: [String] = []

    @Option(name: .long, help: "Språk: sv eller en (annars från LANG).")
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Dagens datum, ÅÅÅÅ-MM-DD (för prov och repetitioner).", visibility: .hidden))
    var today: String?

    var language: Language { Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment) }

    func validate() throws {
        if let lang, Language(rawValue: String(lang.lowercased().prefix(2))) == nil {
            throw refuse(.unknownChoice(option: "--lang", value: lang, known: Language.allCases.map(\.rawValue)))
        }
    }

    var folder: String {
        DataFolderResolver.resolve(flag: data.first, environment: ProcessInfo.processInfo.environment)
    }

    /// Every folder asked for: several `--data`, or the folders an `omrade.yaml` in the one
    /// given lists (relative to it). One folder is an ordinary folder; more are an area.
    var folders: [String] {
        if data.count > 1 { return data.map { DataFolderResolver.resolve(flag: $0, environment: ProcessInfo.processInfo.environment) } }
        return AreaFile.folders(in: folder) ?? [folder]
    }

    /// A command that reads one folder refuses an area rather than silently taking its first.
    func refuseArea(command: String) throws {
        guard folders.count > 1 else { return }
        Console.error(language(.area(.tooManyFolders(command: command))))
        throw ExitCode(64)
    }

    func todayDay() throws -> Day {
        guard let today else { return Clock.today() }
        guard let day = Day(iso: today) else { throw refuse(.notADate(option: "--today", value: today)) }
        return day
    }

    /// `--period` read as a period, nil when not given.
    func period(_ text: String?, option: String = "--period") throws -> Period? {
        guard let text else { return nil }
        guard let period = Period(text) else { throw refuse(.notAPeriod(option: option, value: text)) }
        return period
    }

    func refuse(_ problem: OptionProblem) -> ExitCode { refuseOption(problem, language: language) }

    /// The folder's plans and ledger (from the snapshot when it matches the journals). Without
    /// a usable plan it prints the plans' problems and stops, as every command that needs one
    /// does. `plan` is the newest plan with every year's places, for resolving a hot spot
    /// named on the command line or in a CSV row whatever its date.
    func loadWithPlan() throws -> (folder: String, today: Day, loaded: DataFolderContents, plan: Plan) {
        let (folder, today, loaded, plans) = try loadWithPlans()
        return (folder, today, loaded, plans.allHotSpots!)
    }

    func loadWithPlans() throws -> (folder: String, today: Day, loaded: DataFolderContents, plans: PlanBook) {
        let folder = try requireFolder()
        let today = try todayDay()
        let loaded = DataFolderLoader.loadLedger(folder)
        guard let plans = loaded.plans, !plans.isEmpty else {
            for d in loaded.diagnostics { Console.error(language.line(d)) }
            throw ExitCode(1)
        }
        return (folder, today, loaded, plans)
    }

    /// Before a write: a boundary the plan names that cannot be used would let positions in
    /// unchecked, so nothing is written until it is mended (README, "Positioner").
    func refuseBrokenOutline(_ loaded: DataFolderContents) throws {
        let broken = loaded.diagnostics.filter { if case .outline = $0.problem { return true } else { return false } }
        guard !broken.isEmpty else { return }
        for d in broken { Console.error(language.line(d)) }
        throw ExitCode(1)
    }

    /// The exit status of a command that printed what it could read while some file could not
    /// be read: the output is a partial picture (README, "Exit status").
    static let partialExitStatus: Int32 = 3

    /// After the output: names every file that could not be read on standard error and ends
    /// with `partialExitStatus`, so a script never takes a partial picture for the whole.
    func finishReporting(_ loaded: DataFolderContents) throws {
        let missing = loaded.diagnostics.unreadable
        guard !missing.isEmpty else { return }
        for d in missing { Console.error(language.line(d)) }
        Console.error("lagesbild: " + language(.partialPicture(files: missing.count)))
        throw ExitCode(DataOptions.partialExitStatus)
    }

    /// The period a command shows: the one asked for, else the one the dashboard opens on.
    func chosenPeriod(_ requested: Period?, plans: PlanBook, loaded: DataFolderContents, today: Day) -> Period {
        requested ?? StartPeriod.choose(plans: plans, index: loaded.ledger.index, today: today).period
    }

    /// Stops with a message that says how to create a folder when it does not exist.
    func requireFolder() throws -> String {
        try refuseArea(command: "lagesbild " + (CommandLine.arguments.dropFirst().first { !$0.hasPrefix("-") } ?? ""))
        let path = folder
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
            Console.error(language(.missingDataFolder(path: path)))
            throw ExitCode(2)
        }
        return path
    }
}

/// The local calendar date and time, in the time zone of the machine.
enum Clock {
    static func today() -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}

/// Plain output to stdout and stderr without touching C globals.
/// Says in the user's language why an option cannot be used and returns the usage exit
/// status to throw, instead of the argument parser's English "Error:" and usage lines.
func refuseOption(_ problem: OptionProblem, language: Language) -> ExitCode {
    Console.error(language(.option(problem)))
    return ExitCode.validationFailure
}

enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
