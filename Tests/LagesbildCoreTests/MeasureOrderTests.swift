import Foundation
import Testing
@testable import LagesbildCore

/// Measures equal in due date and text are still listed in one order, however they arrived:
/// reports and minutes come out the same on every run.
@Suite struct MeasureOrderTests {
    @Test func equalDueAndTextAreOrderedByWhatTellsThemApart() {
        let due = Day(iso: "2023-12-05")!
        let measures = ["sky-centrum", "hok-badplats", "vgd-torget"].map {
            Measure(hotSpot: $0, what: "Dialog med fastighetsägaren om kameror", responsible: "Vaggerydsbostäder",
                    decided: Day(iso: "2023-11-14")!, due: due, status: .done)
        }
        let events = measures.enumerated().map { n, m in
            JournalEvent(timestamp: Date(timeIntervalSince1970: 1_700_000_000 + Double(n)), author: "a@h", action: .recorded,
                         record: .measure(m))
        }
        let forward = Ledger(events: events)
        let backward = Ledger(events: events.reversed())
        let expected = ["hok-badplats", "sky-centrum", "vgd-torget"]
        #expect(forward.index.measures.map(\.hotSpot) == expected)
        #expect(backward.index.measures.map(\.hotSpot) == expected)
        #expect(RecordIndex(ledger: backward).measures.map(\.hotSpot) == expected)
    }
}
