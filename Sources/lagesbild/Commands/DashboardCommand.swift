import ArgumentParser
import LagesbildCore

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
        try DashboardLauncher.run(options, author: author, period: try options.period(period), color: !noColor)
    }
}
