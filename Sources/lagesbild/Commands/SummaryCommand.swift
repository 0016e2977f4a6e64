import ArgumentParser
import LagesbildCore
import LagesbildStore

/// `lagesbild summary --period 2023-T2`: the situation picture as plain text.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Skriver lägesbilden för en period som text (the situation picture as text).")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Perioden: 2023, 2023-T2 eller 2023-W47 (annars innevarande tertial).")
    var period: String?

    func run() throws {
        // Checked before the folder is read: a mistyped period should not wait for a large load.
        let requested = try options.period(period)
        if options.folders.count > 1 { return try AreaFolders.summary(options, period: requested) }
        let (_, today, loaded, plans) = try options.loadWithPlans()
        let chosen = options.chosenPeriod(requested, plans: plans, loaded: loaded, today: today)
        // A year without a plan is shown all the same, counted, with no targets (it says so).
        let plan = plans.viewed(for: chosen)!
        let picture = SituationAnalyzer(plan: plan, ledger: loaded.ledger).picture(for: chosen, today: today)
        Console.out(SummaryText(plan: plan, picture: picture, language: options.language).render())
        try options.finishReporting(loaded)
    }
}
