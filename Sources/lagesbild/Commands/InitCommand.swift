import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild init DIR`: a new data folder with a starter plan. `lagesbild init --year 2024`
/// in a folder with plans: next year's plan, made from the latest one.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Skapar en ny datamapp med en startplan, eller nästa års plan (create a data folder, or next year's plan).")

    @Argument(help: "Mappen (annars --data, $LAGESBILD_DATA eller XDG-datamappen).")
    var directory: String?

    @Option(name: .long, help: "Datamappen, som för de andra kommandona.")
    var data: String?

    @Option(name: .long, help: "Året planen gäller; i en mapp med planer skapas plans/ÅÅÅÅ.yaml ur den senaste.")
    var year: Int?

    @Option(name: .long, help: "Språk: sv eller en (annars från LANG).")
    var lang: String?

    @Option(name: .long, help: "En mapp som delas med en grupp på servern: gruppens namn (mappen blir 2770).")
    var shared: String?

    @Option(name: .long, help: ArgumentHelp("Dagens datum, ÅÅÅÅ-MM-DD.", visibility: .hidden))
    var today: String?

    func run() throws {
        let L = Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment)
        let folder = directory ?? DataFolderResolver.resolve(flag: data, environment: ProcessInfo.processInfo.environment)
        let day = today.flatMap { Day(iso: $0) } ?? Clock.today()
        if let year, !(1900...9999).contains(year) {
            throw refuseOption(.notAYear(option: "--year", value: String(year)), language: L)
        }
        do {
            if let shared { try DataFolder.share(folder, group: shared) }
            if let year, PlanFiles.read(folder: folder).plans != nil {
                let made = try DataFolder.addYear(year, at: folder, today: day)
                Console.out(L(.initNextYear(path: made.path, year: year, fromFile: made.fromFile)) + "\n")
                return
            }
            try DataFolder.create(at: folder, year: year ?? day.year)
        } catch StoreError.unknownGroup(let group) {
            Console.error("lagesbild init: " + L(.unknownGroup(group)))
            throw ExitCode(1)
        } catch StoreError.planExists(let path) {
            Console.error("lagesbild init: " + L(.planAlreadyExists(path: path)))
            throw ExitCode(1)
        } catch {
            Console.error("lagesbild init: " + L.describe(error))
            throw ExitCode(1)
        }
        Console.out(L(.initCreated(folder: folder, plan: PlanFiles.name(forYear: year ?? day.year))) + "\n")
    }
}
