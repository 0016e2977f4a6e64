import Foundation
import Testing
import LagesbildCore
@testable import LagesbildStore

/// CSV export and import: round trip, bad rows with their line numbers, all or nothing,
/// `--skip-bad`, the semicolon dialect, and re-importing an export.
@Suite struct CSVExchangeTests {
    static let plan = VaggerydPlan.make()
    static let today = Day(iso: "2024-01-15")!

    static let sampleEvents: [JournalEvent] = {
        var generator = SampleGenerator(options: .init(seed: 7))
        return generator.generate().events
    }()
    static let sample = Ledger(events: sampleEvents)

    /// Records whose text holds every character CSV must protect.
    static let awkward: [Record] = [
        .round(Round(date: Day(iso: "2023-05-02")!, start: ClockTime("19:00"), end: nil, hotSpots: ["vgd-torget", "hok-centrum"],
                     participants: [.polis: 2, .kommun: 0], observations: [.klotter, .berusning],
                     notes: "Kommatecken, \"citat\"; semikolon\nny rad och å ä ö", citizenContacts: 3, interventions: 1,
                     followUps: [FollowUp(text: "Byt lampor, \"snart\"", responsible: "Tekniska | kontoret")])),
        .intervention(Intervention(date: Day(iso: "2023-06-01")!, kind: .trafik, hotSpot: nil, place: "Väg 152; norra delen",
                                   organisation: .polis, results: ["kontroller": 40, "rapporter": 0], notes: "")),
        .incident(Incident(date: Day(iso: "2023-07-01")!, time: ClockTime("23:05"), hotSpot: "vgd-resecentrum",
                           category: .otryggPlats, source: .allmanhet, text: "  inledande blanksteg  ")),
        .measure(Measure(hotSpot: nil, what: "Dialog, med \"ägaren\"", responsible: "Kommunen", decided: Day(iso: "2023-08-01")!,
                         due: Day(iso: "2023-09-01")!, status: .ongoing)),
    ]

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test(arguments: [CSVExport.Delimiter.comma, .semicolon])
    func exportThenImportGivesTheSameRecords(_ delimiter: CSVExport.Delimiter) throws {
        let events = Self.awkward.map { JournalEvent(timestamp: Date(timeIntervalSince1970: 1), author: "t", action: .recorded, record: $0) }
        let source = Ledger(events: Self.sampleEvents + events)
        for kind in RecordColumns.exchangedKinds {
            let records = CSVExport.records(kind, in: source)
            let bytes = try CSVExport.file(kind, records: records, delimiter: delimiter)
            let read = CSVImport.read(bytes, kind: nil, plan: Self.plan, ledger: Ledger(), today: Self.today)
            #expect(read.kind == kind)
            #expect(read.badRows.isEmpty, "\(kind): \(read.badRows.prefix(3))")
            #expect(read.newRecords == records, "\(kind)")
        }
    }

    @Test func theFileHasAHeaderISODatesAndUTF8() throws {
        let bytes = try CSVExport.file(.round, records: [Self.awkward[0]])
        let lines = Self.text(bytes).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "id,date,start,end,hotspots,participants_polis,participants_kommun,participants_nattvandrare,participants_bostadsbolag,participants_raddningstjanst,participants_ovriga,observations,contacts,interventions,notes,followups,minutes")
        #expect(lines[1].contains(",2023-05-02,19:00,,vgd-torget|hok-centrum,2,0,,,,,klotter|berusning,3,1,\"Kommatecken, \"\"citat\"\"; semikolon"))
        #expect(Self.text(bytes).hasSuffix("\n"))
        #expect(bytes.first != 0xEF)
    }

    @Test func semicolonDialectStartsWithAByteOrderMarkAndIsDetected() throws {
        let records = CSVExport.records(.incident, in: Self.sample).prefix(5)
        let bytes = try CSVExport.file(.incident, records: Array(records), delimiter: .semicolon)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Self.text(Array(bytes.dropFirst(3))).hasPrefix("id;date;time;hotspot;place;category;source;text;n;e\n"))
        let read = CSVImport.read(bytes, kind: nil, plan: Self.plan, ledger: Ledger(), today: Self.today)
        #expect(read.badRows.isEmpty && read.newRecords == Array(records))
    }

    @Test func badRowsAreReportedWithTheirLineNumbers() {
        let csv = """
        id,date,time,hotspot,place,category,source,text
        ,2023-05-01,,vgd-torget,,klotter,kommun,"två
        rader"
        ,2023-13-01,,vgd-torget,,klotter,kommun,fel datum
        ,2023-05-02,25:00,okänd-plats,,eldsvåda,kommun,tre fel

        ,2023-05-03,,vgd-torget,,klotter
        ,2023-05-04,,Torget Vaggeryd,,våld,Allmänhet,ord i stället för nycklar

        """
        let read = CSVImport.read(Array(csv.utf8), kind: nil, plan: Self.plan, ledger: Ledger(), today: Self.today)
        #expect(read.badRows.map(\.line) == [4, 5, 7])
        #expect(read.badRows[0].problems == [.field(.notDate("date", "2023-13-01"))])
        #expect(read.badRows[1].problems.contains(.field(.notTime("time", "25:00"))))
        #expect(read.badRows[1].problems.contains(.field(.unknownValue("category", "eldsvåda"))))
        #expect(read.badRows[2].problems == [.columnCount(expected: 8, found: 6)])
        #expect(read.newRecords.count == 2)
        guard case .incident(let last)? = read.newRecords.last else { Issue.record("no incident"); return }
        #expect(last.hotSpot == "vgd-torget" && last.category == .vald && last.source == .allmanhet)
        // The words are the language tables' own.
        #expect(Language.sv(.report(.importProblem(read.badRows[0].problems[0]))).contains("2023-13-01"))
    }

    @Test func domainRulesAndHeaderProblemsAreBadRows() {
        let future = "id,date,hotspots,participants_polis\n,2025-01-01,vgd-torget,1\n,2023-05-01,nowhere,0\n"
        let read = CSVImport.read(Array(future.utf8), kind: nil, plan: Self.plan, ledger: Ledger(), today: Self.today)
        #expect(read.kind == .round)
        #expect(read.badRows.map(\.line) == [2, 3])
        #expect(read.badRows[0].problems == [.validation(.dateInFuture(Day(iso: "2025-01-01")!))])
        #expect(read.badRows[1].problems.contains(.validation(.unknownHotSpot("nowhere"))))
        #expect(read.badRows[1].problems.contains(.validation(.noParticipants)))

        let header = CSVImport.read(Array("id,date,hotspots,colour\n".utf8), kind: .round, plan: Self.plan, ledger: Ledger(), today: Self.today)
        #expect(header.badRows == [CSVImport.BadRow(line: 1, problems: [.unknownColumn("colour")])])
        let unknown = CSVImport.read(Array("a,b\n1,2\n".utf8), kind: nil, plan: Self.plan, ledger: Ledger(), today: Self.today)
        #expect(unknown.badRows == [CSVImport.BadRow(line: 1, problems: [.unknownKind])])
    }

    @Test func reimportingSkipsWhatIsThereAndRefusesToOverwrite() throws {
        let records = CSVExport.records(.measure, in: Self.sample)
        let bytes = try CSVExport.file(.measure, records: records)
        let again = CSVImport.read(bytes, kind: nil, plan: Self.plan, ledger: Self.sample, today: Self.today)
        #expect(again.newRecords.isEmpty && again.badRows.isEmpty && again.alreadyThere == records.count)

        guard case .measure(var changed) = records[0] else { Issue.record("not a measure"); return }
        changed.what += " (ändrad)"
        let edited = try CSVExport.file(.measure, records: [.measure(changed)])
        let conflict = CSVImport.read(edited, kind: nil, plan: Self.plan, ledger: Self.sample, today: Self.today)
        #expect(conflict.badRows == [CSVImport.BadRow(line: 2, problems: [.conflict(changed.id)])])
    }

    @Test func nothingIsImportedOnABadRowUnlessSkipBad() throws {
        let csv = "id,date,kind,organisation\n,2023-05-01,trafik,polis\n,2023-05-02,trafik,marinen\n,2023-05-03,narkotika,polis\n"
        let read = CSVImport.read(Array(csv.utf8), kind: nil, plan: Self.plan, ledger: Ledger(), today: Self.today)
        #expect(read.badRows.map(\.line) == [3] && read.newRecords.count == 2)

        let folder = Fixture.folder()
        let sink = JournalAppender(folder: folder.path, writer: "import@test")
        #expect(try CSVImport.commit([read], to: sink, author: "import@test", skipBad: false) == 0)
        #expect(!FileManager.default.fileExists(atPath: sink.journalPath))

        #expect(try CSVImport.commit([read], to: sink, author: "import@test", skipBad: true) == 2)
        let loaded = DataFolderLoader.load(folder.path, today: Self.today)
        #expect(loaded.ledger.interventions.count == 2)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.ledger.history().allSatisfy { $0.author == "import@test" && $0.action == .recorded })
    }

    @Test func aFolderExportedAndImportedIntoAFreshOneHasTheSameRecords() throws {
        let source = Fixture.folder()
        try DataFolderTestWriter.write(Self.sampleEvents, into: source.path)
        let fresh = Fixture.folder()
        let before = DataFolderLoader.load(source.path, today: Self.today).ledger
        let target = DataFolderLoader.load(fresh.path, today: Self.today).ledger
        let reads = try RecordColumns.exchangedKinds.map { kind in
            CSVImport.read(try CSVExport.file(kind, records: CSVExport.records(kind, in: before)), kind: kind, plan: Self.plan,
                           ledger: target, today: Self.today)
        }
        #expect(try CSVImport.commit(reads, to: JournalAppender(folder: fresh.path, writer: "i@t"), author: "i@t", skipBad: false) > 0)
        let after = DataFolderLoader.load(fresh.path, today: Self.today).ledger
        #expect(after.rounds == before.rounds && after.interventions == before.interventions)
        #expect(after.incidents == before.incidents && after.measures == before.measures)
    }
}

/// Writes events into an existing fixture folder's journal, one writer per author.
enum DataFolderTestWriter {
    static func write(_ events: [JournalEvent], into folder: String) throws {
        var byAuthor: [String: [JournalEvent]] = [:]
        for e in events { byAuthor[e.author, default: []].append(e) }
        for (author, list) in byAuthor {
            let bytes = try list.flatMap { try JournalLine.encode($0) }
            _ = FileManager.default.createFile(atPath: "\(folder)/\(JournalNames.relativeJournalPath(writer: author))", contents: Data(bytes))
        }
    }
}
