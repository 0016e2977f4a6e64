import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild generate`: a deterministic, realistic data folder (the sample and the benchmark folders).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Skapar en realistisk datamapp för Vaggeryd (generate sample data).")

    @Option(help: "Frö för slumpen; samma frö ger samma data.") var seed: UInt64 = 2023
    @Option(help: "Antal år.") var years: Int = 1
    @Option(help: "Skala: 1 är en kommun av Vaggeryds storlek.") var scale: Double = 1
    @Option(name: .customLong("start-year"), help: "Första året.") var startYear: Int = 2023
    @Option(help: "Mappen som skapas (får inte innehålla en plan).") var out: String

    func validate() throws {
        guard years >= 1 else { throw ValidationError("--years måste vara minst 1") }
        guard scale > 0 else { throw ValidationError("--scale måste vara större än 0") }
    }

    func run() throws {
        var generator = SampleGenerator(options: .init(seed: seed, years: years, scale: scale, startYear: startYear))
        let (plan, events) = generator.generate()
        do {
            let count = try DataFolder.write(plan: plan, events: events, to: out)
            Console.out("\(out): \(plan.hotSpots.count) platser, \(count) händelser\n")
        } catch {
            Console.error("lagesbild generate: " + Language.resolve(flag: nil, environment: ProcessInfo.processInfo.environment).describe(error))
            throw ExitCode(1)
        }
    }
}
