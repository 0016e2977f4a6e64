import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildGeo
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
    @Option(help: "Kommunen: vaggeryd eller gnosjo (en mindre grannkommun, för områdesvyn).")
    var municipality: String = SampleMunicipality.vaggeryd.rawValue

    @Option(help: "Mappen som skapas (får inte innehålla en plan).") var out: String

    /// No `--lang` here: the language comes from LANG.
    var language: Language { Language.resolve(flag: nil, environment: ProcessInfo.processInfo.environment) }

    func validate() throws {
        guard years >= 1 else { throw refuseOption(.atLeast(option: "--years", minimum: 1), language: language) }
        guard scale > 0 else { throw refuseOption(.aboveZero(option: "--scale"), language: language) }
        guard SampleMunicipality(rawValue: municipality) != nil else {
            throw refuseOption(.unknownChoice(option: "--municipality", value: municipality,
                                              known: SampleMunicipality.allCases.map(\.rawValue)), language: language)
        }
    }

    func run() throws {
        let positions = try? ProjCoordinates.shared.get()
        var settings = SampleGenerator.Options(seed: seed, years: years, scale: scale, startYear: startYear, positions: positions)
        settings.municipality = SampleMunicipality(rawValue: municipality) ?? .vaggeryd
        var generator = SampleGenerator(options: settings)
        let (plans, events) = generator.generateYears()
        let plan = plans.last!
        let outline = positions == nil || settings.municipality != .vaggeryd ? [] : [(SampleGenerator.outlineFile, Array(SampleGenerator.outlineGeoJSON.utf8))]
        do {
            let count = try DataFolder.write(plans: plans, events: events, to: out, files: outline)
            Console.out(language(.generated(path: out, places: plan.hotSpots.count, events: count)) + "\n")
        } catch {
            Console.error("lagesbild generate: " + language.describe(error))
            throw ExitCode(1)
        }
    }
}
