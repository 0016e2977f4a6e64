import ArgumentParser
import LagesbildStore

/// `lagesbild init DIR`: a new data folder with a starter plan.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Skapar en ny datamapp med en startplan (create a data folder with a starter plan).")

    @Argument(help: "Mappen som ska skapas.")
    var directory: String

    func run() throws {
        do {
            try DataFolder.create(at: directory, year: Clock.today().year)
        } catch {
            Console.error("lagesbild init: \(error)")
            throw ExitCode(1)
        }
        Console.out("Skapade \(directory) med plan.yaml, journal/, drafts/ och minutes/.\nRedigera plan.yaml och kör: lagesbild --data \(directory)\n")
    }
}
