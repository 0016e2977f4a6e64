import Dispatch
import Foundation
import Glibc
import LagesbildCore
import Testing
@testable import LagesbildStore

@Suite struct JournalAppenderTests {
    @Test func journalFilesAre0600AndFolders0700() throws {
        let folder = TempFolder()
        try DataFolder.create(at: folder.file("data"), year: 2023)
        let data = folder.file("data")
        try JournalAppender(folder: data, writer: "anna@test").append(Fixture.round(0))
        #expect(mode(of: data) == 0o700)
        #expect(mode(of: "\(data)/journal") == 0o700)
        #expect(mode(of: "\(data)/journal/anna@test.jsonl") == 0o600)
        #expect(mode(of: "\(data)/journal/.anna@test.lock") == 0o600)
    }

    @Test func journalDirectoryCreatedOnFirstAppendIs0700() throws {
        let folder = TempFolder()
        try JournalAppender(folder: folder.path, writer: "anna@test").append(Fixture.round(0))
        #expect(mode(of: folder.file("journal")) == 0o700)
    }

    @Test func appendToAMissingFolderFailsAndCreatesNothing() {
        let folder = TempFolder()
        let missing = folder.file("nowhere")
        #expect(throws: StoreError.self) { try JournalAppender(folder: missing, writer: "a").append(Fixture.round(0)) }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func writerNamesBecomeSafeFileNames() {
        #expect(JournalNames.safeWriterName("anna@vaggeryd-pc") == "anna@vaggeryd-pc")
        #expect(JournalNames.safeWriterName("../etc/passwd") == "_._etc_passwd")
        #expect(JournalNames.safeWriterName(".hidden") == "_hidden")
        #expect(JournalNames.safeWriterName("Åsa Ek") == "_sa_Ek")
        #expect(JournalNames.safeWriterName("") == "_")
        #expect(JournalNames.relativeJournalPath(writer: "a b") == "journal/a_b.jsonl")
        #expect(JournalNames.defaultWriter(environment: ["USER": "anna"]).hasPrefix("anna@"))
    }

    /// Four threads, each with its own appender, all writing one writer's journal: the
    /// flock on the lock file serialises them, and each line is one write.
    @Test func concurrentAppendersLoseAndTearNothing() throws {
        let folder = Fixture.folder()
        let path = folder.path
        let threads = 4, perThread = 500
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            let sink = JournalAppender(folder: path, writer: "shared@test")
            for i in 0..<perThread {
                do { try sink.append(Fixture.round(t * perThread + i)) } catch { failures.add("\(error)") }
            }
        }
        #expect(failures.all.isEmpty)
        let text = folder.read("journal/shared@test.jsonl")
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == threads * perThread)
        var seen = Set<UUID>()
        for line in lines {
            guard case .event(let event) = JournalLine.decode(Array(line.utf8)) else {
                Issue.record("torn or mixed line: \(line.prefix(80))"); continue
            }
            #expect(seen.insert(event.id).inserted, "event \(event.id) twice")
        }
        #expect(seen == Set((0..<threads * perThread).map { Fixture.uuid(2, $0) }))

        let snapshot = FolderEventSource(folder: path).refresh()
        #expect(snapshot.diagnostics.isEmpty)
        #expect(snapshot.newEvents.count == threads * perThread)
    }

    @Test func readOnlySourceCreatesNothing() throws {
        let folder = TempFolder()
        folder.write(PlanFile.name, try PlanFile.yaml(for: VaggerydPlan.make()))
        let before = folder.listing()
        let access = try DataFolder.open(at: folder.path, mode: .readOnly, writer: "wall@test")
        #expect(access.sink == nil && access.drafts == nil)
        let snapshot = access.source.refresh()
        #expect(snapshot.available && snapshot.plan != nil && snapshot.newEvents.isEmpty)
        _ = access.source.refresh()
        _ = DataFolderLoader.load(folder.path, today: Fixture.today)
        #expect(folder.listing() == before, "no journal/, lock or draft folder appears")
    }

    @Test func readWriteOpenCreatesTheSubfolders() throws {
        let folder = TempFolder()
        let access = try DataFolder.open(at: folder.path, mode: .readWrite, writer: "anna@test")
        #expect(access.sink != nil && access.drafts != nil)
        #expect(folder.listing() == ["drafts", "journal", "minutes"])
        #expect(throws: StoreError.self) { try DataFolder.open(at: folder.file("missing"), mode: .readWrite, writer: "a") }
    }
}

/// Errors collected from worker threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
