import ArgumentParser
import Foundation
import LagesbildCore
import LagesbildStore

/// `lagesbild effect`: did the measures and interventions work? Each evaluated before and
/// after against comparison places, with a displacement buffer (`Evaluator`).
struct EffectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "effect",
        abstract: "Utvärderar åtgärder och insatser: före och efter, mot jämförelseplatser (evaluate measures).")

    enum Format: String, CaseIterable { case text, csv }

    @OptionGroup var options: DataOptions

    @Option(name: .long, help: "Perioden vars åtgärder och insatser utvärderas (annars innevarande tertial).")
    var period: String?
    @Option(name: .long, help: "En åtgärd, med sitt id (eller dess början).") var measure: String?
    @Option(name: .long, help: "En insats, med sitt id (eller dess början).") var intervention: String?
    @Option(name: .long, help: "Åtgärder och insatser vid en plats: id, namn eller alias.") var hotspot: String?
    @Option(name: .long, parsing: .upToNextOption, help: "Jämförelseplatser (annars kommunens övriga, obehandlade).")
    var compare: [String] = []
    @Option(name: .long, help: "Veckor före och efter (8).") var weeks: Int = Evaluator.defaultWeeks
    @Option(name: .customLong("format"), help: "Format: text eller csv.") var formatName: String = Format.text.rawValue

    func validate() throws {
        guard Format(rawValue: formatName.lowercased()) != nil else {
            throw options.refuse(.unknownChoice(option: "--format", value: formatName, known: Format.allCases.map(\.rawValue)))
        }
        guard weeks >= 1 else { throw options.refuse(.atLeast(option: "--weeks", minimum: 1)) }
    }

    func run() throws {
        let L = options.language
        let requested = try options.period(period)
        let (_, today, loaded, plans) = try options.loadWithPlans()
        let book = plans.merging(loaded.ledger)
        let all = plans.allHotSpots!
        let chosen = options.chosenPeriod(requested, plans: plans, loaded: loaded, today: today)
        let ledger = loaded.ledger
        var compareIDs: [String]? = nil
        if !compare.isEmpty {
            compareIDs = try compare.map { name in
                guard let spot = all.resolveHotSpot(name) else { throw options.refuse(.unknownHotSpot(option: "--compare", value: name)) }
                return spot.id
            }
        }
        // What to evaluate: one record, the records at a place, or those that started in the period.
        var subjects: [EffectSubject] = []
        if let measure {
            guard let m = ledger.measures.values.first(where: { $0.id.uuidString.lowercased().hasPrefix(measure.lowercased()) }) else {
                throw options.refuse(.unknownRecord(option: "--measure", value: measure))
            }
            subjects = [.measure(m)]
        } else if let intervention {
            guard let i = ledger.interventions.values.first(where: { $0.id.uuidString.lowercased().hasPrefix(intervention.lowercased()) }) else {
                throw options.refuse(.unknownRecord(option: "--intervention", value: intervention))
            }
            subjects = [.intervention(i)]
        } else if let hotspot {
            guard let spot = all.resolveHotSpot(hotspot) else { throw options.refuse(.unknownHotSpot(option: "--hotspot", value: hotspot)) }
            subjects = ledger.measures.values.filter { $0.hotSpot == spot.id && (requested?.contains($0.decided) ?? true) }.map(EffectSubject.measure)
                + ledger.interventions.values.filter { $0.hotSpot == spot.id && (requested?.contains($0.date) ?? true) }.map(EffectSubject.intervention)
        } else {
            subjects = ledger.measures.values.filter { chosen.contains($0.decided) && $0.hotSpot != nil }.map(EffectSubject.measure)
                + ledger.interventions.values.filter { chosen.contains($0.date) && $0.hotSpot != nil }.map(EffectSubject.intervention)
        }
        subjects.sort { $0.start != $1.start ? $0.start < $1.start : UUID.textOrdered($0.id, $1.id) }
        // Each evaluated with the plan of its own year: the places followed then.
        let evaluations = subjects.compactMap { subject -> Evaluation? in
            guard let plan = book.viewed(forYear: subject.start.year) else { return nil }
            return Evaluator(plan: plan, ledger: ledger, today: today, weeks: weeks).evaluate(subject, compare: compareIDs)
        }
        switch Format(rawValue: formatName.lowercased()) ?? .text {
        case .text:
            var out: [String] = []
            if evaluations.isEmpty { out.append(L(.effect(.noneToEvaluate))) }
            for e in evaluations {
                out += EffectLines.lines(e, plan: book.viewed(forYear: e.subject.start.year) ?? all, language: L) + [""]
            }
            out.append(L(.effect(.rule)))
            Console.out(out.joined(separator: "\n") + "\n")
        case .csv:
            Console.out(String(decoding: try EffectCSV.file(evaluations, language: L), as: UTF8.self))
        }
        try options.finishReporting(loaded)
    }
}
