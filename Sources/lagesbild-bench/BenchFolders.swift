import Foundation
import LagesbildCore
import LagesbildStore

/// The benchmark's data folders: made with the same generator and writer as
/// `lagesbild generate`, ten years ending 2023, scaled to the wanted number of events.
enum BenchFolders {
    /// Events the generator makes per year at scale 1 (measured: ~820 over 2014–2023).
    static let eventsPerYearAtScale1 = 820.0
    static let years = 10
    static let startYear = 2014
    /// The dashboard is opened as on this day: the last tertial of the generated data.
    static let today = Day(iso: "2023-11-20")!

    static func generate(events: Int, into folder: String) -> Int32 {
        let scale = Double(events) / (eventsPerYearAtScale1 * Double(years))
        var generator = SampleGenerator(options: .init(seed: 1, years: years, scale: scale, startYear: startYear))
        let (plans, generated) = generator.generateYears()
        do {
            try DataFolder.write(plans: plans, events: generated, to: folder)
        } catch {
            FileHandle.standardError.write(Data("lagesbild-bench: \(error)\n".utf8))
            return 1
        }
        return 0
    }

    /// The folder for one size, generated on first use and kept for later runs.
    static func folder(for events: Int, under directory: String) -> String {
        "\(directory)/events-\(events)"
    }

    static func isComplete(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: "\(folder)/plan.yaml")
    }
}
