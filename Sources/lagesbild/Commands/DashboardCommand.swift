import ArgumentParser
import LagesbildCore
import LagesbildStore

/// `lagesbild` (the default): the chair's dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Instrumentpanelen för EST-mötets ordförande (the dashboard).")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Perioden att börja på: 2023, 2023-T2 eller 2023-W47.")
    var period: String?

    func run() throws {
        let folder = try options.requireFolder()
        let today = try options.todayDay()
        _ = folder
        _ = today
        Console.error("Instrumentpanelen är inte klar ännu.")
        throw ExitCode(1)
    }
}
