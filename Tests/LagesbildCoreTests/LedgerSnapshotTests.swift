import Foundation
import Testing
@testable import LagesbildCore

/// The ledger's binary form reads back to the same ledger, and damage is an error, not a
/// crash or a quietly different ledger.
@Suite struct LedgerSnapshotTests {
    static func encode(_ ledger: Ledger, flushAt: Int = 1 << 20) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var w = BinaryWriter(flushAt: flushAt) { bytes += $0 }
        try ledger.writeSnapshot(to: &w)
        try w.finish()
        return bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> Ledger {
        try bytes.withUnsafeBytes { raw in
            var r = BinaryReader(raw)
            return try Ledger(snapshot: &r)
        }
    }

    /// Two years of generated events with every kind of record, plus amendments, voids,
    /// duplicates, reasons and hostile text.
    static func sampleLedger() -> Ledger { Ledger(events: sampleEvents()) }

    static func sampleEvents() -> [JournalEvent] {
        var generator = SampleGenerator(options: .init(seed: 11, years: 2, scale: 1, startYear: 2022))
        var events = generator.generate().events
        let day = Day(iso: "2023-06-01")!
        let round = Round(date: day, start: ClockTime(hour: 18, minute: 5), end: ClockTime(hour: 23, minute: 59),
                          hotSpots: ["vgd-resecentrum", "sky-centrum"], participants: [.polis: 2, .nattvandrare: 4],
                          observations: [.klotter, .ungdomsgrupper], notes: "Kväll\u{1b}]0;x\u{07} 🙂 ÅÄÖ",
                          citizenContacts: 7, interventions: 1,
                          followUps: [FollowUp(text: "Lampa trasig", responsible: "Gatuenheten")])
        let t = Date(timeIntervalSince1970: 1_685_600_000)
        events.append(JournalEvent(timestamp: t, author: "anna@h", action: .recorded, record: .round(round)))
        var amended = round
        amended.citizenContacts = 9
        events.append(JournalEvent(timestamp: t + 60, author: "anna@h", action: .amended, record: .round(amended),
                                   reason: "räknade fel"))
        if let incident = events.first(where: { $0.kind == .incident }) {
            events.append(.void(.incident, incident.recordID, reason: "dubblett", author: "bo@h", at: t + 120))
            events.append(JournalEvent(timestamp: t + 130, author: "bo@h", action: .recorded, record: incident.record!))
        }
        events.append(.void(.measure, UUID(), reason: "okänd", author: "bo@h", at: t + 140))
        return events
    }

    /// "Skåne torg" written with a precomposed å and with a + combining ring are equal as
    /// Swift strings but different bytes: sharing texts (replay) and numbering them (the
    /// snapshot's table) must keep each as written.
    @Test func equivalentTextsKeepTheirOwnBytes() throws {
        let day = Day(iso: "2023-06-01")!
        let composed = "Skåne torg vid stationen", decomposed = "Ska\u{30A}ne torg vid stationen"
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        let t = Date(timeIntervalSince1970: 1_685_600_000)
        let texts = [composed, decomposed]
        let events = texts.enumerated().map { k, text in
            JournalEvent(timestamp: t + Double(k), author: "anna@h", action: .recorded,
                         record: .incident(Incident(date: day, hotSpot: "vgd-resecentrum", category: .skadegorelse,
                                                    source: .polis, text: text)))
        }
        let ledger = Ledger(events: events)
        let back = try Self.decode(try Self.encode(ledger))
        for (event, text) in zip(events, texts) {
            #expect(ledger.incidents[event.recordID].map { Array($0.text.utf8) } == Array(text.utf8))
            #expect(back.incidents[event.recordID].map { Array($0.text.utf8) } == Array(text.utf8))
        }
    }

    @Test func aLedgerReadsBackTheSame() throws {
        let ledger = Self.sampleLedger()
        #expect(ledger.incidents.count > 100 && ledger.measures.count > 5 && !ledger.warnings.isEmpty)
        let back = try Self.decode(try Self.encode(ledger, flushAt: 97))
        LedgerOrderTests.expectSame(back, ledger)
        for (id, _) in ledger.currentRecords.map({ ($0.record.id, $0.eventID) }).prefix(200) {
            #expect(back.history(of: id) == ledger.history(of: id))
        }
        #expect(back.currentRecords.count == ledger.currentRecords.count)
        #expect(back.revision >= 1)
    }

    @Test func theReadLedgerGoesOnAsTheOriginalWould() throws {
        let events = Self.sampleEvents()
        var ledger = Ledger(events: events)
        var back = try Self.decode(try Self.encode(ledger))
        let round = Round(date: Day(iso: "2023-12-01")!, hotSpots: ["vgd-torget"])
        // Events already applied (a copied journal) are ignored by both: the snapshot kept
        // what makes an event id count once.
        let next = Array(events.suffix(20)) + [JournalEvent(timestamp: Date(timeIntervalSince1970: 1_701_400_000),
                                                            author: "anna@h", action: .recorded, record: .round(round))]
        let before = ledger.eventCount
        ledger.apply(next)
        back.apply(next)
        #expect(ledger.eventCount == before + 1)
        #expect(back.eventCount == ledger.eventCount)
        LedgerOrderTests.expectSame(back, ledger)
        #expect(back.rounds[round.id] == round)
    }

    @Test func anEmptyLedgerReadsBack() throws {
        let back = try Self.decode(try Self.encode(Ledger()))
        #expect(back.eventCount == 0 && back.lastEventID == nil)
    }

    @Test func everyCutIsAnError() throws {
        let bytes = try Self.encode(Self.sampleLedger())
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            #expect(throws: SnapshotFormatError.self) { try Self.decode(Array(bytes[..<length])) }
        }
    }

    @Test func damagedBytesNeverCrash() throws {
        let bytes = try Self.encode(Self.sampleLedger())
        var rng = SeededRandom(seed: 7)
        var rejected = 0
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<3 { damaged[rng.int(0...(damaged.count - 1))] = UInt8(rng.int(0...255)) }
            do { _ = try Self.decode(damaged) } catch { rejected += 1 }
        }
        // Many flips land in text or times and still read; the checksum of the snapshot file
        // catches those. What matters here is that none crashed.
        #expect(rejected > 0)
    }
}

/// Equal texts of records share one copy, whether the ledger was replayed from events or
/// read from a snapshot; a change to one record leaves the others alone.
@Suite struct RecordSharingTests {
    static func storage(_ s: String) -> UnsafePointer<UInt8>? {
        var s = s
        return s.withUTF8 { $0.baseAddress }
    }

    @Test func equalTextsShareOneCopy() throws {
        let text = "Trasig belysning gör gångvägen otrygg"
        let day = Day(iso: "2023-05-01")!
        let events = (0..<3).map { n in
            JournalEvent(timestamp: Date(timeIntervalSince1970: 1_683_000_000 + Double(n)), author: "a@h", action: .recorded,
                         record: .incident(Incident(date: day, hotSpot: "vgd-torget", category: .otryggPlats,
                                                    source: .polis, text: String(decoding: Array(text.utf8), as: UTF8.self))))
        }
        #expect(Set(events.map { Self.storage($0.record.map { r in if case .incident(let i) = r { i.text } else { "" } } ?? "") }).count == 3)
        var ledger = Ledger(events: events)
        let replayed = Set(ledger.incidents.values.map { Self.storage($0.text) })
        #expect(replayed.count == 1)
        let back = try LedgerSnapshotTests.decode(try LedgerSnapshotTests.encode(ledger))
        #expect(Set(back.incidents.values.map { Self.storage($0.text) }).count == 1)

        // Amending one changes that one only.
        var changed = ledger.incidents[events[0].recordID]!
        changed.text += " (lagad)"
        ledger.apply([JournalEvent(timestamp: Date(timeIntervalSince1970: 1_683_000_100), author: "a@h", action: .amended,
                                   record: .incident(changed))])
        #expect(ledger.incidents.values.filter { $0.text == text }.count == 2)
        #expect(ledger.incidents[events[0].recordID]?.text == text + " (lagad)")
    }
}
