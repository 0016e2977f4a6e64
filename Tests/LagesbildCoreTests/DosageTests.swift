import Testing
@testable import LagesbildCore

/// Presence at hot spots, with and without minutes per place, worked out by hand.
@Suite struct DosageTests {
    static func round(_ day: String, _ spots: [String], _ start: String?, _ end: String?, minutes: [Int] = []) -> Round {
        Round(date: Day(iso: day)!, start: start.flatMap { ClockTime($0) }, end: end.flatMap { ClockTime($0) },
              hotSpots: spots, participants: [.polis: 1], minutes: minutes)
    }

    @Test func minutesAsRecordedOrTheDurationSplitEvenly() {
        let given = Dosage.visits(of: Self.round("2023-11-03", ["a", "b"], "19:00", "20:00", minutes: [15, 5]))
        #expect(given.map(\.minutes) == [15, 5] && given.allSatisfy { !$0.estimated })
        // 60 minutes over three places: 20 each, estimated.
        let split = Dosage.visits(of: Self.round("2023-11-03", ["a", "b", "c"], "19:00", "20:00"))
        #expect(split.map(\.minutes) == [20, 20, 20] && split.allSatisfy(\.estimated))
        // Across midnight: 21:00–01:00 is 240 minutes, 120 at each of two places.
        #expect(Dosage.visits(of: Self.round("2023-11-03", ["a", "b"], "21:00", "01:00")).map(\.minutes) == [120, 120])
        // No times, no minutes: the length is unknown.
        #expect(Dosage.visits(of: Self.round("2023-11-03", ["a"], nil, nil)).map(\.minutes) == [nil])
    }

    /// Four weeks (28 days) at a: 15 (recorded), 5 (recorded), 20 (estimated from 40 minutes
    /// over two places), unknown; 4 visits = 1 a week; 1 of 3 known visits under 10 minutes.
    @Test func presenceAtAPlaceOverASpan() {
        let rounds = [
            Self.round("2023-11-01", ["a", "b"], "19:00", "19:30", minutes: [15, 15]),
            Self.round("2023-11-08", ["a"], "19:00", "19:30", minutes: [5]),
            Self.round("2023-11-15", ["a", "c"], "22:40", "23:20"),
            Self.round("2023-11-22", ["a"], nil, nil),
            Self.round("2023-12-01", ["a"], "19:00", "20:00"),       // after the span
        ]
        let p = Dosage.presence(at: "a", rounds: rounds, from: Day(iso: "2023-11-01")!, to: Day(iso: "2023-11-28")!, target: 2)
        #expect(p.visits == 4 && p.minutes == 40 && p.estimatedVisits == 1 && p.unknownVisits == 1 && p.shortVisits == 1)
        #expect(p.weeks == 4 && p.visitsPerWeek == 1 && p.target == 2)
        #expect(p.effectiveShare == 2.0 / 3)
        // Every place: a 15 + 15, a 5, a 20 + c 20, a unknown → 6 visits, 75 minutes, 1 short of 5 known.
        let all = Dosage.presence(at: nil, rounds: rounds, from: Day(iso: "2023-11-01")!, to: Day(iso: "2023-11-28")!)
        #expect(all.visits == 6 && all.minutes == 75 && all.shortVisits == 1 && all.effectiveShare == 4.0 / 5)
    }
}

extension DosageTests {
    /// The index's per-day sums give what a pass over the rounds gives, also after an amend and a void.
    @Test func theIndexSumsPresenceByDay() {
        let rounds = [Self.round("2023-11-01", ["a", "b"], "19:00", "19:30", minutes: [15, 5]),
                      Self.round("2023-11-15", ["a", "c"], "22:40", "23:20"), Self.round("2023-11-22", ["a"], nil, nil)]
        var ledger = Ledger(events: rounds.map { JournalEvent(timestamp: .init(timeIntervalSince1970: 1.7e9), author: "t@h", action: .recorded, record: .round($0)) })
        let from = Day(iso: "2023-11-01")!, to = Day(iso: "2023-11-30")!
        var expected = Dosage.presence(at: nil, rounds: rounds, from: from, to: to)
        #expect(ledger.index.presence(from: from, to: to) == expected)
        #expect(expected.visits == 5 && expected.minutes == 60 && expected.shortVisits == 1 && expected.unknownVisits == 1)
        var fixed = rounds[0]
        fixed.minutes = [15, 15]
        ledger.apply([JournalEvent(timestamp: .init(timeIntervalSince1970: 1.8e9), author: "t@h", action: .amended, record: .round(fixed))])
        ledger.apply([JournalEvent(timestamp: .init(timeIntervalSince1970: 1.9e9), author: "t@h", action: .voided, record: .round(rounds[2]))])
        expected = Dosage.presence(at: nil, rounds: [fixed, rounds[1]], from: from, to: to)
        #expect(ledger.index.presence(from: from, to: to) == expected)
        #expect(expected.visits == 4 && expected.shortVisits == 0)
    }
}
