import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild stress-append`: appends synthetic rounds as fast as the store allows and
/// prints `ack <event id>` after each append returns. The durability tests kill it at
/// random moments and check that every acknowledged event is still there.
struct StressAppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stress-append",
        abstract: "Skriver provhändelser i en slinga (för hållbarhetsprov).",
        shouldDisplay: false)

    @OptionGroup var options: DataOptions
    @Option(help: "Antal händelser (0 = tills processen stoppas).") var count: Int = 1000
    @Option(help: "Skrivarens namn (journalfilen).") var writer: String = "stress@lagesbild"

    func run() throws {
        let folder = try options.requireFolder()
        let plan = PlanFiles.read(folder: folder).plans?.latest
        let spots = plan?.hotSpots.map(\.id) ?? []
        let appender = JournalAppender(folder: folder, writer: writer)
        var n = 0
        let day = Day(iso: "2023-05-05")!
        while count == 0 || n < count {
            let round = Round(date: day, start: ClockTime(hour: 19, minute: 0), end: ClockTime(hour: 21, minute: 0),
                              hotSpots: spots.isEmpty ? [] : [spots[n % spots.count]], participants: [.polis: 1],
                              notes: "Provrunda \(n) från \(writer)")
            let event = JournalEvent(timestamp: Date(), author: writer, action: .recorded, record: .round(round))
            try appender.append(event)
            Console.out("ack \(event.id.uuidString.lowercased())\n")
            n += 1
        }
    }
}
