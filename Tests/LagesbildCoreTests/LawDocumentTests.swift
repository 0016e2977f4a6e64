import Foundation
import Testing
@testable import LagesbildCore

@Suite struct YearWheelTests {
    /// Two years of one incident every ISO week (52 weeks each), plus five more in week 17
    /// of both years and in week 30 of 2022 only. Week 17 has 6 against a mean of 57/52 ≈ 1.10
    /// (2021) or 62/52 ≈ 1.19 (2022): P(X ≥ 6) ≈ 0.001 and 0.002, a peak both years; week 30
    /// peaks only in 2022, so it is no recurring peak; a week of 1 has P(X ≥ 1) ≈ 0.67.
    @Test func aWeekThatPeaksInTwoYearsIsListed() {
        var incidents: [Incident] = []
        for year in [2021, 2022] {
            for week in 1...52 {
                let day = Period.week(year, week)!.start
                incidents.append(Incident(date: day, place: "x", category: .klotter, source: .polis))
                let extra = week == 17 || (week == 30 && year == 2022) ? 5 : 0
                for _ in 0..<extra { incidents.append(Incident(date: day, place: "x", category: .klotter, source: .polis)) }
            }
        }
        let peaks = YearWheel.peakWeeks(incidents, years: [2021, 2022], asOf: Day(iso: "2022-12-31")!)
        #expect(peaks == [YearWheel.PeakWeek(week: 17, years: [2021, 2022], counts: [6, 6])])
        #expect(YearWheel.weeksPassed(2021, asOf: Day(iso: "2022-12-31")!) == 52)
        // Up to 10 January 2021 only week 1 has begun.
        #expect(YearWheel.weeksPassed(2021, asOf: Day(iso: "2021-01-10")!) == 1)
    }
}

@Suite struct OwnTextPlacementTests {
    func text(_ heading: String) -> OwnText { OwnText(heading: heading, markdown: heading, html: "<p>\(heading)</p>") }

    @Test func headingsGoUnderTheMatchingSections() {
        let placed = OwnTextPlacement([text("Inledning"), text("4. Analys"), text("Causes"), text("prioriteringar"),
                                       text("Om samverkan")], language: .sv)
        #expect(placed.introduction?.heading == "Inledning")
        #expect(placed.forSection(4).map(\.heading) == ["4. Analys"])
        #expect(placed.causes?.heading == "Causes")
        #expect(placed.priorities?.heading == "prioriteringar")
        #expect(placed.others.map(\.heading) == ["Om samverkan"])
        #expect(placed.forSection(1).isEmpty)
    }
}
