import Testing
@testable import LagesbildCore

/// The two-window count and the any-day test of the index's day lists, against counting the
/// days one by one, on random lists with repeated days and windows at and past the ends.
@Suite struct SortedDaysTests {
    @Test func adjacentWindowsAndAnyAgreeWithCountingEachDay() {
        var rng = SeededRandom(seed: 731)
        let first = Day(iso: "2023-01-01")!
        for _ in 0..<300 {
            var list = SortedDays()
            let days = (0..<Int.random(in: 0...40, using: &rng)).map { _ in first.adding(days: Int.random(in: 0...120, using: &rng)) }.sorted()
            for d in days { list.append(d) }
            let from = first.adding(days: Int.random(in: -10...130, using: &rng))
            let split = from.adding(days: Int.random(in: 0...40, using: &rng))
            let end = split.adding(days: Int.random(in: 1...40, using: &rng))
            let (before, after) = list.counts(from: from, through: split, to: end)
            #expect(before == days.filter { $0 >= from && $0 <= split }.count)
            #expect(after == days.filter { $0 > split && $0 <= end }.count)
            #expect(list.any(from: from, to: split) == days.contains { $0 >= from && $0 <= split })
        }
    }
}
