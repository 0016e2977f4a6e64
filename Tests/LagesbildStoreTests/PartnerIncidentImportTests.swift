import Foundation
import Testing
import LagesbildCore
@testable import LagesbildStore

/// `lagesbild import incidents FILE.csv --map …`: a partner's own columns, places matched to
/// hot spots or kept as free text, bad rows by line, all or nothing unless `--skip-bad`.
@Suite struct PartnerIncidentImportTests {
    static let plan = VaggerydPlan.make()
    static let today = Day(iso: "2023-11-21")!
    static let map = try! IncidentColumnMap.parse("date=Datum,place=Plats,category=Kategori,source=Källa,text=Beskrivning").get()

    static let csv = """
        Datum;Plats;Kategori;Källa;Beskrivning
        2023-11-20 21:40;Vaggeryds resecentrum;skadegörelse;bostadsbolag;Krossad ruta
        2023-11-19;Motionsspåret vid Tofteryd;klotter;skola;"Klotter; flera
        stolpar"
        2023-13-40;Hjortsjön;klotter;bostadsbolag;Fel datum
        2023-11-18;Gamla brandstationen;ordningsstörning;kollektivtrafik;Ungdomar samlas

        """

    @Test func columnsAreMappedAndPlacesMatchedOrKeptAsText() {
        let read = PartnerIncidentImport.read(Array(Self.csv.utf8), map: Self.map, plan: Self.plan, ledger: Ledger(), today: Self.today)
        // The quoted cell spans two lines, so the bad row is on line 5 of the file.
        #expect(read.badRows.map(\.line) == [5])
        #expect(read.badRows[0].problems == [.field(.notDate("date", "2023-13-40"))])
        let incidents = read.newRecords.compactMap { r -> Incident? in if case .incident(let i) = r { return i } else { return nil } }
        #expect(incidents.count == 3)
        #expect(incidents[0].hotSpot == "vgd-resecentrum" && incidents[0].place.isEmpty && incidents[0].time?.description == "21:40")
        #expect(incidents[0].category == .skadegorelse && incidents[0].source == .bostadsbolag)
        #expect(incidents[1].hotSpot == nil && incidents[1].place == "Motionsspåret vid Tofteryd")
        #expect(incidents[1].text == "Klotter; flera\nstolpar" && incidents[1].source == .skola)
        #expect(incidents[2].source == .kollektivtrafik)
    }

    @Test func nothingIsWrittenWhileARowIsBadUnlessSkipBad() throws {
        let read = PartnerIncidentImport.read(Array(Self.csv.utf8), map: Self.map, plan: Self.plan, ledger: Ledger(), today: Self.today)
        let folder = Fixture.folder()
        let sink = JournalAppender(folder: folder.path, writer: "partner@test")
        #expect(try CSVImport.commit([read], to: sink, author: "partner@test", skipBad: false) == 0)
        #expect(!FileManager.default.fileExists(atPath: sink.journalPath))
        #expect(try CSVImport.commit([read], to: sink, author: "partner@test", skipBad: true) == 3)
        let loaded = DataFolderLoader.load(folder.path, today: Self.today)
        #expect(loaded.ledger.incidents.count == 3)
        // The same file again adds nothing: partner rows have no ids, so content decides.
        let again = PartnerIncidentImport.read(Array(Self.csv.utf8), map: Self.map, plan: Self.plan, ledger: loaded.ledger, today: Self.today)
        #expect(again.newRecords.isEmpty && again.alreadyThere == 3)
    }

    @Test func aMissingMappedColumnOrABadMapIsReported() {
        let read = PartnerIncidentImport.read(Array("Datum,Plats\n2023-11-20,Torget\n".utf8), map: Self.map, plan: Self.plan,
                                              ledger: Ledger(), today: Self.today)
        #expect(read.badRows == [CSVImport.BadRow(line: 1, problems: [.missingColumn("kategori"), .missingColumn("källa")])])
        #expect(IncidentColumnMap.parse("datum=Datum") == .failure(.unknownField("datum")))
        #expect(IncidentColumnMap.parse("date") == .failure(.malformed("date")))
    }

    @Test func aJournalAddedHotSpotMatchesByNameAndAlias() {
        let added = AddedHotSpot(key: "motionsparet", name: "Motionsspåret", locality: "Vaggeryd",
                                 aliases: ["Motionsspåret vid Tofteryd"], added: Self.today)
        let ledger = Ledger(events: [JournalEvent(timestamp: Date(timeIntervalSince1970: 1), author: "a", action: .recorded,
                                                  record: .hotSpot(added))])
        let read = PartnerIncidentImport.read(Array(Self.csv.utf8), map: Self.map, plan: Self.plan, ledger: ledger, today: Self.today)
        #expect(read.newRecords.contains { if case .incident(let i) = $0 { return i.hotSpot == "motionsparet" } else { return false } })
    }
}
