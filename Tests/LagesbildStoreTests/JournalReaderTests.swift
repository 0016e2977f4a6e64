import Foundation
import Glibc
import LagesbildCore
import Testing
@testable import LagesbildStore

@Suite struct JournalReaderTests {
    let journal = "journal/anna@test.jsonl"

    @Test func appendedEventsReadBackEqual() throws {
        let folder = Fixture.folder()
        let sink = JournalAppender(folder: folder.path, writer: "anna@test")
        let events = (0..<3).map { Fixture.round($0) }
        for e in events { try sink.append(e) }
        let snapshot = FolderEventSource(folder: folder.path).refresh()
        #expect(snapshot.available)
        #expect(snapshot.diagnostics.isEmpty)
        #expect(snapshot.newEvents == events)
        #expect(folder.read(journal).split(separator: "\n").count == 3)
    }

    @Test func tornLastLineWarnsAndTheRestLoads() throws {
        let folder = Fixture.folder()
        let third = Fixture.line(Fixture.round(2))
        folder.write(journal, Fixture.line(Fixture.round(0)) + Fixture.line(Fixture.round(1)) + third.prefix(30))
        let source = FolderEventSource(folder: folder.path)
        let first = source.refresh()
        #expect(first.newEvents == [Fixture.round(0), Fixture.round(1)])
        #expect(first.diagnostics == [Diagnostic(.warning, file: journal, line: 3, .tornLastLine)])

        // The append completes later: the line is read then, and the warning goes away.
        folder.appendRaw(journal, String(third.dropFirst(30)))
        let second = source.refresh()
        #expect(second.newEvents.count == 1)
        #expect(second.newEvents == [Fixture.round(2)])
        #expect(second.diagnostics.isEmpty)
        #expect(!second.restarted)
    }

    @Test func malformedMiddleLinesAreErrorsWithFileAndLine() throws {
        let folder = Fixture.folder()
        var bad = Fixture.round(1).jsonObject
        bad["ts"] = .string("igår")
        bad["action"] = .string("deleted")
        let badLine = String(decoding: try JSONEncoder().encode(JSONValue.object(bad)), as: UTF8.self)
        folder.write(journal, Fixture.line(Fixture.round(0)) + "{inte json\n" + badLine + "\n" + Fixture.line(Fixture.round(3)))
        let snapshot = FolderEventSource(folder: folder.path).refresh()
        #expect(snapshot.newEvents.count == 2, "the good lines around the bad ones load")
        #expect(snapshot.diagnostics.count == 2)
        let notJSON = snapshot.diagnostics[0]
        #expect(notJSON.severity == .error && notJSON.file == journal && notJSON.line == 2)
        if case .notJSON = notJSON.problem {} else { Issue.record("expected notJSON, got \(notJSON.problem)") }
        #expect(snapshot.diagnostics[1] == Diagnostic(.error, file: journal, line: 3,
                                                     .badEvent([.unknownValue("action", "deleted"), .notDate("ts", "igår")])))
        #expect(snapshot.diagnostics[1].location == "journal/anna@test.jsonl:3")
    }

    @Test func laterRefreshReadsOnlyAppendedEvents() throws {
        let folder = Fixture.folder()
        let sink = JournalAppender(folder: folder.path, writer: "anna@test")
        try sink.append(Fixture.round(0))
        let source = FolderEventSource(folder: folder.path)
        #expect(source.refresh().newEvents.count == 1)
        #expect(source.refresh().newEvents.isEmpty)
        let more = [Fixture.round(1), Fixture.round(2)]
        for e in more { try sink.append(e) }
        let snapshot = source.refresh()
        #expect(snapshot.newEvents == more)
        #expect(!snapshot.restarted)
    }

    @Test func newJournalFileIsPickedUpWithoutRestart() throws {
        let folder = Fixture.folder()
        try JournalAppender(folder: folder.path, writer: "anna@test").append(Fixture.round(0))
        let source = FolderEventSource(folder: folder.path)
        _ = source.refresh()
        try JournalAppender(folder: folder.path, writer: "olle@test").append(Fixture.round(1, author: "olle@test"))
        let snapshot = source.refresh()
        #expect(snapshot.newEvents.map(\.author) == ["olle@test"])
        #expect(!snapshot.restarted)
    }

    @Test func replacedFileRestarts() throws {
        let folder = Fixture.folder()
        folder.write(journal, Fixture.line(Fixture.round(0)) + Fixture.line(Fixture.round(1)))
        let source = FolderEventSource(folder: folder.path)
        #expect(source.refresh().newEvents.count == 2)
        // A sync tool puts a new copy in place: new inode, same and more content.
        let copy = folder.file("journal/.copy")
        try Data((folder.read(journal) + Fixture.line(Fixture.round(2))).utf8).write(to: URL(fileURLWithPath: copy))
        #expect(rename(copy, folder.file(journal)) == 0)
        let snapshot = source.refresh()
        #expect(snapshot.restarted)
        #expect(snapshot.newEvents.count == 3, "a restart delivers every event again")
    }

    @Test func truncatedFileRestarts() throws {
        let folder = Fixture.folder()
        folder.write(journal, Fixture.line(Fixture.round(0)) + Fixture.line(Fixture.round(1)))
        let source = FolderEventSource(folder: folder.path)
        _ = source.refresh()
        #expect(truncate(folder.file(journal), off_t(Fixture.line(Fixture.round(0)).utf8.count)) == 0)
        let snapshot = source.refresh()
        #expect(snapshot.restarted)
        #expect(snapshot.newEvents.count == 1)
    }

    @Test func vanishedFileRestarts() throws {
        let folder = Fixture.folder()
        try JournalAppender(folder: folder.path, writer: "anna@test").append(Fixture.round(0))
        try JournalAppender(folder: folder.path, writer: "olle@test").append(Fixture.round(1))
        let source = FolderEventSource(folder: folder.path)
        #expect(source.refresh().newEvents.count == 2)
        #expect(unlink(folder.file("journal/olle@test.jsonl")) == 0)
        let snapshot = source.refresh()
        #expect(snapshot.restarted)
        #expect(snapshot.newEvents == [Fixture.round(0)])
    }

    @Test func vanishedFolderIsUnavailableThenAvailableAgain() throws {
        let folder = Fixture.folder()
        try JournalAppender(folder: folder.path, writer: "anna@test").append(Fixture.round(0))
        let source = FolderEventSource(folder: folder.path)
        #expect(source.refresh().newEvents.count == 1)
        let away = folder.path + "-away"
        #expect(rename(folder.path, away) == 0)
        let gone = source.refresh()
        #expect(!gone.available)
        #expect(gone.plan == nil && gone.newEvents.isEmpty)
        #expect(gone.diagnostics.map(\.problem) == [.missingFolder])
        #expect(!FileManager.default.fileExists(atPath: folder.path), "reading never creates the folder")
        #expect(!source.refresh().available, "keeps polling")
        #expect(rename(away, folder.path) == 0)
        let back = source.refresh()
        #expect(back.available)
        #expect(back.restarted)
        #expect(back.newEvents.count == 1)
        #expect(back.plan != nil)
    }

    @Test func planIsReReadOnlyWhenItsIdentityChanges() throws {
        let folder = Fixture.folder()
        let path = folder.file(PlanFile.name)
        let source = FolderEventSource(folder: folder.path)
        #expect(source.refresh().plan?.municipality == "Vaggeryd")
        var st = stat()
        #expect(stat(path, &st) == 0)
        let oldTimes = [st.st_atim, st.st_mtim]

        // Same size, same inode, same mtime: the cached plan is kept.
        let fd = open(path, O_WRONLY)
        let text = Array(folder.read(PlanFile.name).replacingOccurrences(of: "Vaggeryd", with: "Vaggerud").utf8)
        #expect(pwrite(fd, text, text.count, 0) == text.count)
        close(fd)
        #expect(oldTimes.withUnsafeBufferPointer { utimensat(AT_FDCWD, path, $0.baseAddress, 0) } == 0)
        #expect(source.refresh().plan?.municipality == "Vaggeryd")

        // A new mtime: read again.
        #expect(utimensat(AT_FDCWD, path, nil, 0) == 0)
        #expect(source.refresh().plan?.municipality == "Vaggerud")
    }

    @Test func unknownFieldsSurviveReadAndRewrite() throws {
        let folder = Fixture.folder()
        var object = Fixture.round(0).jsonObject
        object["signature"] = .object(["alg": .string("ed25519"), "value": .string("abc/def")])
        object["v"] = .number(2)
        var data = object["data"]!.object!
        data["weather"] = .string("regn")
        data["lights"] = .array([.number(1), .bool(false), .null])
        object["data"] = .object(data)
        let original = try JSONEncoder().encode(JSONValue.object(object))
        folder.write("journal/newer@test.jsonl", String(decoding: original, as: UTF8.self) + "\n")

        let read = FolderEventSource(folder: folder.path).refresh()
        #expect(read.diagnostics.isEmpty)
        let event = try #require(read.newEvents.first)
        try JournalAppender(folder: folder.path, writer: "copy@test").append(event)

        let rewritten = folder.read("journal/copy@test.jsonl")
        #expect(rewritten.hasSuffix("\n") && rewritten.dropLast().contains("\n") == false)
        let before = try JSONDecoder().decode(JSONValue.self, from: original)
        let after = try JSONDecoder().decode(JSONValue.self, from: Data(rewritten.utf8))
        #expect(after == before)
        #expect(rewritten.contains("\"abc/def\""), "slashes are written unescaped")
    }
}
