import Foundation
import Testing
@testable import LagesbildCore

@Suite struct PeriodTests {
    @Test func dayRoundTripsThroughOrdinal() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            let d = Day(ordinal: ordinal)
            let c = d.components
            #expect(Day(year: c.year, month: c.month, day: c.day) == d)
        }
        #expect(Day(year: 1970, month: 1, day: 1)?.ordinal == 0)
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
    }

    /// The date written digit by digit is what printf writes for the same components, and
    /// reads back as the same day.
    @Test func isoDatesAgreeWithPrintf() {
        for ordinal in stride(from: -719_000, through: 2_900_000, by: 131) {
            let d = Day(ordinal: ordinal)
            let c = d.components
            #expect(d.iso == String(format: "%04d-%02d-%02d", c.year, c.month, c.day))
            #expect(Day(iso: d.iso) == d)
        }
        #expect(Day(year: 2023, month: 5, day: 1)!.iso == "2023-05-01")
    }

    @Test func weekdaysAreMondayFirst() {
        #expect(Day(year: 2023, month: 11, day: 20)!.weekday == 1) // Monday
        #expect(Day(year: 2023, month: 11, day: 26)!.weekday == 7) // Sunday
    }

    @Test func isoWeeksAsSwedenCountsThem() {
        #expect(Day(year: 2021, month: 1, day: 3)!.isoWeek == (2020, 53))
        #expect(Day(year: 2021, month: 1, day: 4)!.isoWeek == (2021, 1))
        #expect(Day(year: 2023, month: 11, day: 22)!.isoWeek == (2023, 47))
        #expect(Day(year: 2024, month: 12, day: 30)!.isoWeek == (2025, 1))
        #expect(Day(year: 2023, month: 1, day: 1)!.isoWeek == (2022, 52))
        #expect(Period.weeksIn(isoYear: 2020) == 53)
        #expect(Period.weeksIn(isoYear: 2023) == 52)
    }

    @Test func tertialsSplitTheYearInFourMonths() {
        let t2 = Period.tertial(2023, 2)!
        #expect(t2.start.iso == "2023-05-01")
        #expect(t2.end.iso == "2023-08-31")
        #expect(Period.containing(Day(iso: "2023-09-01")!, kind: .tertial).index == 3)
        #expect(Period.containing(Day(iso: "2023-04-30")!, kind: .tertial).index == 1)
        #expect(t2.previous == Period.tertial(2023, 1))
        #expect(Period.tertial(2023, 1)!.previous == Period.tertial(2022, 3))
        #expect(Period.tertial(2023, 3)!.next == Period.tertial(2024, 1))
    }

    @Test func periodsParseAndPrint() {
        #expect(Period("2023-T2")?.description == "2023-T2")
        #expect(Period("2023-W47")?.start.iso == "2023-11-20")
        #expect(Period("2023-w7")?.description == "2023-W07")
        #expect(Period("2023")?.dayCount == 365)
        #expect(Period("2023-T4") == nil)
        #expect(Period("2023-W53") == nil)
        #expect(Period("2020-W53")?.end.iso == "2021-01-03")
        #expect(Period("23-T1") == nil)
    }

    @Test func weeksOfAPeriodCoverIt() {
        let weeks = Period.tertial(2023, 3)!.weeks
        #expect(weeks.first?.description == "2023-W35")
        #expect(weeks.last?.description == "2023-W52")
        let w = Period("2023-W47")!
        #expect(w.previous.description == "2023-W46")
        #expect(Period("2023-W52")!.next.description == "2024-W01")
    }
}
