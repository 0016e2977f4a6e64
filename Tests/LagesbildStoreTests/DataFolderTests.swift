import Foundation
import Glibc
import LagesbildCore
import Testing
@testable import LagesbildStore

@Suite struct DataFolderTests {
    @Test func createLaysOutAFolderWithAStarterPlan() throws {
        let folder = TempFolder()
        let data = folder.file("a/b/lagesbild")
        try DataFolder.create(at: data, year: 2023)
        for sub in ["", "/journal", "/drafts", "/minutes", "/plans"] { #expect(mode(of: data + sub) == 0o700) }
        #expect(mode(of: "\(data)/plans/2023.yaml") == 0o600)
        let text = try String(contentsOfFile: "\(data)/plans/2023.yaml", encoding: .utf8)
        #expect(text.contains("# Fokusområden"))
        let (plans, diagnostics) = PlanFiles.read(folder: data)
        #expect(diagnostics.isEmpty)
        #expect(plans?.years == [2023])
        #expect(plans?.latest?.focusAreas.map(\.id) == ["trygghet", "narkotika", "vald", "skadegorelse", "bedragerier", "trafik"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).sorted() == ["drafts", "journal", "minutes", "plans"])
    }

    @Test func createRefusesToOverwriteAPlan() throws {
        let folder = TempFolder()
        folder.write("plan.yaml", "municipality: Egen\n")
        #expect(throws: StoreError.planExists(path: folder.file("plan.yaml"))) {
            try DataFolder.create(at: folder.path, year: 2023)
        }
        #expect(folder.read("plan.yaml") == "municipality: Egen\n")
    }

    @Test func writeCreatesAFolderThatLoadsBackWhole() throws {
        let folder = TempFolder()
        let data = folder.file("sample")
        let events = (0..<5).map { Fixture.round($0, author: $0 % 2 == 0 ? "anna@test" : "olle@test") }
        #expect(try DataFolder.write(plan: VaggerydPlan.make(), events: events.reversed(), to: data) == 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(data)/journal").sorted()
                == ["anna@test.jsonl", "olle@test.jsonl"])
        #expect(mode(of: "\(data)/journal/anna@test.jsonl") == 0o600)
        let loaded = DataFolderLoader.load(data, today: Fixture.today)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.plan == VaggerydPlan.make())
        #expect(loaded.ledger.rounds.count == 5)
        #expect(throws: StoreError.planExists(path: "\(data)/plans/2023.yaml")) {
            try DataFolder.write(plan: VaggerydPlan.make(), events: [], to: data)
        }
    }

    @Test func resolverOrder() {
        let env = ["HOME": "/home/anna", "LAGESBILD_DATA": "/srv/lb", "XDG_DATA_HOME": "/home/anna/xdg"]
        #expect(DataFolderResolver.resolve(flag: "/mnt/data", environment: env) == "/mnt/data")
        #expect(DataFolderResolver.resolve(flag: "~/lb", environment: env) == "/home/anna/lb")
        #expect(DataFolderResolver.resolve(flag: nil, environment: env) == "/srv/lb")
        #expect(DataFolderResolver.resolve(flag: "", environment: env) == "/srv/lb")
        var noData = env
        noData["LAGESBILD_DATA"] = ""
        #expect(DataFolderResolver.resolve(flag: nil, environment: noData) == "/home/anna/xdg/lagesbild")
        noData["XDG_DATA_HOME"] = "relative/xdg"
        #expect(DataFolderResolver.resolve(flag: nil, environment: noData) == "/home/anna/.local/share/lagesbild")
        #expect(DataFolderResolver.resolve(flag: nil, environment: ["HOME": "/root/"]) == "/root/.local/share/lagesbild")
    }

    @Test func draftsSaveLoadAndDiscardAtomically() throws {
        let folder = TempFolder()
        let drafts = FolderDrafts(folder: folder.path)
        #expect(drafts.drafts().isEmpty)
        try drafts.saveDraft(name: "runda", contents: Array("{\"a\":1}".utf8))
        try drafts.saveDraft(name: "runda", contents: Array("{\"a\":2}".utf8))
        try drafts.saveDraft(name: "åtgärd", contents: [1, 2, 3])
        let all = drafts.drafts()
        #expect(all.map(\.name) == ["_tg_rd", "runda"])
        #expect(all.last?.contents == Array("{\"a\":2}".utf8))
        #expect(mode(of: folder.file("drafts")) == 0o700)
        #expect(mode(of: folder.file("drafts/runda.json")) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("drafts")).sorted() == ["_tg_rd.json", "runda.json"],
                "no temporary file is left behind")

        // A temporary left by a crash mid-save is never offered as a draft.
        folder.write("drafts/.runda.json.tmp-1-2", "halv")
        #expect(drafts.drafts().count == 2)

        try drafts.discardDraft(name: "runda")
        try drafts.discardDraft(name: "runda")  // already gone is fine
        #expect(drafts.drafts().map(\.name) == ["_tg_rd"])
    }

    @Test func atomicWriteReplacesWholeAndCreateNeverOverwrites() throws {
        let folder = TempFolder()
        let path = folder.file("derived.txt")
        try AtomicFile.write(Array("ett".utf8), to: path)
        var st = stat()
        #expect(stat(path, &st) == 0)
        let firstInode = st.st_ino
        try AtomicFile.write(Array("två".utf8), to: path)
        #expect(stat(path, &st) == 0)
        #expect(st.st_ino != firstInode, "replaced by rename, not rewritten in place")
        #expect(folder.read("derived.txt") == "två")
        #expect(throws: StoreError.self) { try AtomicFile.create(Array("tre".utf8), at: path) }
        #expect(folder.read("derived.txt") == "två")
        #expect(folder.listing() == ["derived.txt"])
    }
}
