import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore
import LagesbildTUI

/// `lagesbild round`: the round form on its own, for the officer right after a round.
/// Offers a draft left behind first; exits after a save (printing the record id) or a cancel.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Formuläret för en ny trygghetsrunda (the round form on its own).")

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Vem som registrerar (annars användare@dator).")
    var author: String?

    @Flag(name: .customLong("no-color"), help: "Utan färger (som NO_COLOR).")
    var noColor = false

    func run() throws {
        let (folder, today, _, plans) = try options.loadWithPlans()
        let plan = plans.allHotSpots!
        let writer = author ?? JournalNames.defaultWriter(environment: ProcessInfo.processInfo.environment)
        let access = try DataFolder.open(at: folder, mode: .readWrite, writer: writer)
        guard let sink = access.sink else { throw ExitCode(1) }
        let result = runEntry(kind: .round, plan: plan, sink: sink, drafts: access.drafts, language: options.language,
                              today: options.today == nil ? nil : today, color: !noColor,
                              plannedYears: Set(plans.years))
        if let saved = result.saved {
            Console.out(options.language(.entry(.saved(saved.kind))) + ": " + saved.recordID.uuidString.lowercased() + "\n")
        }
        if result.status != 0 { throw ExitCode(result.status) }
    }
}
