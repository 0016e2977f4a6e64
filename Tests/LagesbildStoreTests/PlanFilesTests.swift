import Foundation
import LagesbildCore
import Testing
@testable import LagesbildStore

/// A folder's plans: `plans/YYYY.yaml` and the older `plan.yaml`, and `init --year`.
@Suite struct PlanFilesTests {
    static func yaml(_ year: Int) -> String { try! PlanFile.yaml(for: VaggerydPlan.make(year: year)) }

    @Test func readsEveryYearsPlanAndTheOlderSingleFile() {
        let folder = TempFolder()
        folder.write("plan.yaml", Self.yaml(2022))
        folder.write("plans/2023.yaml", Self.yaml(2023))
        folder.write("plans/2024.yaml", Self.yaml(2024))
        let (plans, diagnostics) = PlanFiles.read(folder: folder.path)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(plans?.years == [2022, 2023, 2024])
    }

    @Test func aMisnamedOrDuplicatePlanIsAnErrorNamingTheFile() {
        let folder = TempFolder()
        folder.write("plan.yaml", Self.yaml(2023))
        folder.write("plans/2023.yaml", Self.yaml(2023))
        folder.write("plans/2025.yaml", Self.yaml(2024))
        folder.write("plans/utkast.yaml", Self.yaml(2026))
        let (plans, diagnostics) = PlanFiles.read(folder: folder.path)
        #expect(plans?.years == [2023])
        #expect(diagnostics.contains(Diagnostic(.error, file: "plans/2023.yaml", .plan(.duplicateYear(year: 2023, keptFile: "plan.yaml")))))
        #expect(diagnostics.contains(Diagnostic(.error, file: "plans/2025.yaml", .plan(.fileYearMismatch(fileYear: 2025, planYear: 2024)))))
        #expect(diagnostics.contains(Diagnostic(.warning, file: "plans/utkast.yaml", .plan(.unexpectedPlanFile))))
    }

    @Test func checkWarnsOncePerYearWithRecordsAndNoPlan() throws {
        let folder = TempFolder()
        let r1 = Round(date: Day(iso: "2026-03-01")!, hotSpots: ["vgd-torget"], participants: [.polis: 1])
        let r2 = Round(date: Day(iso: "2026-04-01")!, hotSpots: ["vgd-torget"], participants: [.polis: 1])
        let events = [r1, r2].map { JournalEvent(timestamp: Date(timeIntervalSince1970: 1.7e9), author: "a@b", action: .recorded, record: .round($0)) }
        try DataFolder.write(plan: VaggerydPlan.make(year: 2023), events: events, to: folder.file("d"))
        let loaded = DataFolderLoader.load(folder.file("d"), today: Day(iso: "2026-12-01")!)
        let warnings = loaded.diagnostics.filter { if case .noPlanForRecords = $0.problem { return true } else { return false } }
        #expect(warnings == [Diagnostic(.warning, file: "plans/2026.yaml", .noPlanForRecords(year: 2026, records: 2))])
    }

    @Test func initYearWritesNextYearFromTheLatestAndTouchesNothingElse() throws {
        let folder = TempFolder()
        try DataFolder.write(plans: VaggerydPlan.plans(first: 2021, last: 2023), events: [], to: folder.file("d"))
        let d = folder.file("d")
        let before = try ["plans/2021.yaml", "plans/2022.yaml", "plans/2023.yaml"].map { try Data(contentsOf: URL(fileURLWithPath: "\(d)/\($0)")) }
        let made = try DataFolder.addYear(2024, at: d, today: Day(iso: "2023-12-01")!)
        #expect(made.path == "\(d)/plans/2024.yaml" && made.fromFile == "plans/2023.yaml")
        let after = try ["plans/2021.yaml", "plans/2022.yaml", "plans/2023.yaml"].map { try Data(contentsOf: URL(fileURLWithPath: "\(d)/\($0)")) }
        #expect(before == after)
        let text = try String(contentsOfFile: made.path, encoding: .utf8)
        #expect(text.hasPrefix("# Lägesbild – medborgarlöften och platser 2024"))
        #expect(text.contains("Granska"))
        let (plans, diagnostics) = PlanFiles.read(folder: d)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        var expected = VaggerydPlan.plans(first: 2021, last: 2023).last!
        expected.year = 2024
        #expect(plans?.plan(forYear: 2024) == expected)
        #expect(throws: StoreError.planExists(path: "\(d)/plans/2024.yaml")) {
            try DataFolder.addYear(2024, at: d, today: Day(iso: "2023-12-01")!)
        }
    }
}

extension PlanFilesTests {
    /// A sync tool's conflict copy of a journal: its events count once, and check names it.
    @Test func aConflictCopyCountsOnceAndIsNamed() throws {
        let folder = TempFolder()
        let round = Round(date: Day(iso: "2023-05-01")!, hotSpots: ["vgd-torget"], participants: [.polis: 1])
        let event = JournalEvent(timestamp: Date(timeIntervalSince1970: 1.68e9), author: "a@b", action: .recorded, record: .round(round))
        try DataFolder.write(plan: VaggerydPlan.make(year: 2023), events: [event], to: folder.file("d"))
        let original = folder.file("d/journal/a@b.jsonl")
        let copy = folder.file("d/journal/a@b.sync-conflict-20231120-101010-ABCDEFG.jsonl")
        try FileManager.default.copyItem(atPath: original, toPath: copy)
        let loaded = DataFolderLoader.load(folder.file("d"), today: Day(iso: "2023-12-01")!)
        #expect(loaded.ledger.rounds.count == 1)
        #expect(loaded.diagnostics.contains(Diagnostic(.warning, file: "journal/a@b.sync-conflict-20231120-101010-ABCDEFG.jsonl", .conflictCopy)))
    }
}
