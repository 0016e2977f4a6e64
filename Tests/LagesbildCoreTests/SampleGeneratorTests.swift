import Foundation
import Testing
@testable import LagesbildCore

@Suite struct SampleGeneratorTests {
    @Test func sameSeedSameEvents() {
        var a = SampleGenerator(options: .init(seed: 7))
        var b = SampleGenerator(options: .init(seed: 7))
        var c = SampleGenerator(options: .init(seed: 8))
        let ea = a.generate().events, eb = b.generate().events, ec = c.generate().events
        #expect(ea == eb)
        #expect(ea != ec)
    }

    @Test func aYearLooksLikeVaggeryd() {
        var g = SampleGenerator(options: .init(seed: 2023))
        let (plan, events) = g.generate()
        #expect(Validator.problems(in: plan).isEmpty)
        #expect((12...20).contains(plan.hotSpots.count))
        #expect(Set(plan.hotSpots.map(\.locality)) == ["Vaggeryd", "Skillingaryd", "Hok"])
        let ledger = Ledger(events: events)
        #expect(ledger.warnings.isEmpty)
        #expect(ledger.rounds.count > 40 && ledger.incidents.count > 300)
        // Summer is busier than winter.
        let summer = ledger.incidents.values.filter { [6, 7, 8].contains($0.date.month) }.count
        let winter = ledger.incidents.values.filter { [1, 2, 12].contains($0.date.month) }.count
        #expect(summer > winter)
        // Every record is valid against the plan.
        let validator = Validator(plan: plan, today: Day(iso: "2024-01-01")!)
        for e in events { if let r = e.record { #expect(validator.problems(in: r).isEmpty) } }
        #expect(Set(events.map(\.author)).count == 4)
        #expect(events.contains { $0.action == .amended } && events.contains { $0.action == .voided })
    }
}
