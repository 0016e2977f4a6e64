import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild init DIR`: a new data folder with a starter plan.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Skapar en ny datamapp med en startplan (create a data folder with a starter plan).")

    @Argument(help: "Mappen som ska skapas.")
    var directory: String

    @Option(name: .long, help: "Språk: sv eller en (annars från LANG).")
    var lang: String?

    func run() throws {
        let L = Language.resolve(flag: lang, environment: ProcessInfo.processInfo.environment)
        do {
            try DataFolder.create(at: directory, year: Clock.today().year)
        } catch StoreError.planExists(let path) {
            Console.error("lagesbild init: " + L(.planAlreadyExists(path: path)))
            throw ExitCode(1)
        } catch {
            Console.error("lagesbild init: " + L.describe(error))
            throw ExitCode(1)
        }
        Console.out("Skapade \(directory) med plan.yaml, journal/, drafts/ och minutes/.\nRedigera plan.yaml och kör: lagesbild --data \(directory)\n")
    }
}
