import ArgumentParser

/// `lagesbild meeting`: the weekly EST meeting for the current ISO week, on one screen.
/// The same view as `M` in the dashboard; leaving it (or closing the meeting) ends the
/// program, printing where the minutes were written.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "EST-mötet: veckans lägesbild, uppföljning av beslut och protokoll (the weekly meeting).")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Vem som skriver (annars användare@värd).")
    var author: String?

    @Flag(name: .customLong("no-color"), help: "Utan färger (som NO_COLOR).")
    var noColor = false

    func run() throws {
        try DashboardLauncher.run(options, author: author, color: !noColor, opensMeeting: true)
    }
}
