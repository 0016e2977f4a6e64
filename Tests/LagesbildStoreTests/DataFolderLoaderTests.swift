import Foundation
import LagesbildCore
import Testing
@testable import LagesbildStore

@Suite struct DataFolderLoaderTests {
    @Test func loadsEverythingAndLocatesProblems() throws {
        let folder = Fixture.folder()
        let journal = "journal/anna@test.jsonl"
        let good = Fixture.round(0)
        let unknownSpot = Fixture.round(1, spot: "ingenstans")
        let orphanVoid = JournalEvent.void(.round, Fixture.uuid(9, 9), reason: "fel", author: "anna@test",
                                           at: Date(timeIntervalSince1970: 1_683_000_100))
        folder.write(journal, Fixture.line(good) + Fixture.line(unknownSpot) + "trasig\n" + Fixture.line(orphanVoid)
                     + Fixture.line(good) + "{\"v\":1")

        let loaded = DataFolderLoader.load(folder.path, today: Fixture.today)
        #expect(loaded.available)
        #expect(loaded.plan?.municipality == "Vaggeryd")
        #expect(loaded.eventCount == 4)
        #expect(loaded.ledger.rounds.count == 2)
        let d = loaded.diagnostics
        #expect(d.contains { $0.severity == .error && $0.location == "\(journal):3" })
        #expect(d.contains(Diagnostic(.warning, file: journal, line: 6, .tornLastLine)))
        #expect(d.contains(Diagnostic(.warning, file: journal, line: 4, .replay(.unknownRecord(.round, Fixture.uuid(9, 9))))))
        #expect(d.contains(Diagnostic(.warning, file: journal, line: 2, .record(.unknownHotSpot("ingenstans")))))
        #expect(d.count == 4, "\(d)")
    }

    @Test func missingFolderIsReportedNotCreated() {
        let folder = TempFolder()
        let missing = folder.file("saknas")
        let loaded = DataFolderLoader.load(missing, today: Fixture.today)
        #expect(!loaded.available)
        #expect(loaded.diagnostics == [Diagnostic(.error, file: missing, .missingFolder)])
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
