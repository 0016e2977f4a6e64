import Foundation
import Testing
import LagesbildCore
@testable import LagesbildTUI

/// A drill-down writes the lines after each evaluation's title once for all evaluations
/// that say the same: what it shows is exactly each evaluation's own lines.
@Suite struct EffectLinesSharingTests {
    @Test func everyPlacesEffectSectionIsEachEvaluationsOwnLines() {
        var generator = SampleGenerator(options: .init(seed: 2023, scale: 4))
        let (plan, events) = generator.generate()
        let ledger = Ledger(events: events)
        let period = Period.year(2023)
        let today = Fixture.today
        let picture = SituationAnalyzer(plan: plan, ledger: ledger).picture(for: period, today: today)
        let presenter = DetailPresenter(plan: plan, ledger: ledger, picture: picture, language: .sv, today: today)
        var shared = 0
        for spot in plan.hotSpots {
            let evaluations = presenter.evaluator.evaluations(startingIn: period, at: spot.id).filter { $0.treated.first == spot.id }
            var expected = [DetailLine(""), DetailLine(Language.sv(.effect(.heading)), role: .title)]
            if evaluations.isEmpty { expected.append(DetailLine("  " + Language.sv(.effect(.noneToEvaluate)), role: .dim)) }
            for e in evaluations {
                let text = EffectLines.lines(e, plan: plan, language: .sv)
                expected.append(DetailLine("  " + text[0], target: Self.target(e), hangingIndent: 4, maxLines: DetailLine.listLines))
                expected += text.dropFirst().map { DetailLine("  " + $0, role: presenter.role(e.verdict)) }
            }
            shared += evaluations.count - Set(evaluations.map(EffectLines.Said.init)).count
            #expect(presenter.effectLines(at: spot.id) == expected, "\(spot.id)")
        }
        // The sample has treatments evaluated alike, so the sharing is exercised.
        #expect(shared > 0)
    }

    static func target(_ e: Evaluation) -> ListRow.Target {
        switch e.subject {
        case .measure(let m): .measure(m.id)
        case .intervention(let i): .intervention(i.id)
        }
    }
}
