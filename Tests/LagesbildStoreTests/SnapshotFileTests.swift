import Foundation
import Glibc
import Testing
import LagesbildCore
@testable import LagesbildStore

/// The snapshot in `cache/` is only a faster way to the ledger the journals give: every
/// start from it must equal a start that parses every line, whatever happened to the
/// journals or the snapshot in between.
@Suite struct SnapshotFileTests {
    static func folderWithJournals(events: Int = 60) -> TempFolder {
        let folder = Fixture.folder()
        let anna = JournalAppender(folder: folder.path, writer: "anna@test")
        let bo = JournalAppender(folder: folder.path, writer: "bo@test")
        for n in 0..<events { try! (n % 3 == 0 ? bo : anna).append(Fixture.round(n, author: n % 3 == 0 ? "bo@test" : "anna@test")) }
        return folder
    }

    /// Opens the folder as the dashboard does and returns what it reached.
    static func open(_ folder: TempFolder, _ use: FolderEventSource.SnapshotUse) -> (ledger: Ledger, snapshot: DataSnapshot, fromSnapshot: Bool) {
        let source = FolderEventSource(folder: folder.path, snapshots: use)
        var ledger = Ledger()
        let snapshot = source.refresh(applyingTo: &ledger)
        source.finishSnapshotWrites()
        return (ledger, snapshot, source.startedFromSnapshot)
    }

    static func expectSameAsParsing(_ folder: TempFolder, fromSnapshot: Bool) {
        let parsed = open(folder, .none)
        let opened = open(folder, .read)
        #expect(opened.fromSnapshot == fromSnapshot)
        #expect(opened.ledger.rounds == parsed.ledger.rounds)
        #expect(opened.ledger.history() == parsed.ledger.history())
        #expect(opened.ledger.warnings == parsed.ledger.warnings)
        #expect(opened.snapshot.diagnostics == parsed.snapshot.diagnostics)
    }

    @Test func aWriterLeavesASnapshotThatTheNextStartUses() {
        let folder = Self.folderWithJournals()
        #expect(!Self.open(folder, .readAndWrite(afterBytes: 0)).fromSnapshot)
        #expect(FileManager.default.fileExists(atPath: SnapshotFile.path(in: folder.path)))
        #expect(mode(of: SnapshotFile.path(in: folder.path)) == 0o600)
        #expect(mode(of: folder.file(SnapshotFile.directory)) == 0o700)
        Self.expectSameAsParsing(folder, fromSnapshot: true)
        #expect(Self.open(folder, .read).ledger.rounds.count == 60)
        #expect(!folder.listing().contains { $0.hasSuffix(".tmp") })
    }

    /// The dashboard's source writes its first snapshot once the first frame is shown; a
    /// later refresh writes at once; exiting writes one still put off.
    @Test func aScreenWritesTheFirstSnapshotOnceItsFirstFrameIsShown() {
        let folder = Self.folderWithJournals()
        let path = SnapshotFile.path(in: folder.path)
        let source = FolderEventSource(folder: folder.path, snapshots: .readAndWrite(afterBytes: 0))
        source.defersFirstSnapshot = true
        var ledger = Ledger()
        _ = source.refresh(applyingTo: &ledger)
        #expect(source.snapshotPutOff)
        #expect(!FileManager.default.fileExists(atPath: path))
        source.firstFrameShown()
        #expect(!source.snapshotPutOff)
        source.finishSnapshotWrites()
        #expect(FileManager.default.fileExists(atPath: path))
        Self.expectSameAsParsing(folder, fromSnapshot: true)

        // After the first frame, new lines are written as they come.
        try! JournalAppender(folder: folder.path, writer: "anna@test").append(Fixture.round(99, author: "anna@test"))
        _ = source.refresh(applyingTo: &ledger)
        #expect(!source.snapshotPutOff)
        source.finishSnapshotWrites()
        #expect(Self.open(folder, .read).ledger.rounds.count == 61)

        // One never shown still leaves its snapshot when the program ends.
        let other = Self.folderWithJournals()
        let unshown = FolderEventSource(folder: other.path, snapshots: .readAndWrite(afterBytes: 0))
        unshown.defersFirstSnapshot = true
        var fresh = Ledger()
        _ = unshown.refresh(applyingTo: &fresh)
        #expect(unshown.snapshotPutOff)
        unshown.finishSnapshotWrites()
        #expect(Self.open(other, .read).fromSnapshot)
    }

    @Test func aSmallFolderGetsNoSnapshot() {
        let folder = Self.folderWithJournals()
        _ = Self.open(folder, .readAndWrite)  // far below the default threshold
        #expect(!FileManager.default.fileExists(atPath: folder.file(SnapshotFile.directory)))
    }

    @Test func theWallDisplayNeverWritesOne() {
        let folder = Self.folderWithJournals()
        let before = folder.listing()
        _ = Self.open(folder, .read)
        #expect(folder.listing() == before)
    }

    @Test func linesAppendedSinceAreReadOnTop() throws {
        let folder = Self.folderWithJournals()
        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        let anna = JournalAppender(folder: folder.path, writer: "anna@test")
        for n in 60..<70 { try anna.append(Fixture.round(n)) }
        try JournalAppender(folder: folder.path, writer: "cilla@test").append(Fixture.round(70, author: "cilla@test"))
        Self.expectSameAsParsing(folder, fromSnapshot: true)
        #expect(Self.open(folder, .read).ledger.rounds.count == 71)
    }

    @Test func aReplacedOrRemovedJournalIsParsedAgain() throws {
        let folder = Self.folderWithJournals()
        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        // Replaced by a copy holding fewer lines (another inode): the snapshot's rounds are gone.
        let lines = folder.read("journal/anna@test.jsonl").split(separator: "\n").prefix(5)
        let copy = folder.file("journal/anna.tmp")
        _ = FileManager.default.createFile(atPath: copy, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(rename(copy, folder.file("journal/anna@test.jsonl")) == 0)
        Self.expectSameAsParsing(folder, fromSnapshot: false)
        #expect(Self.open(folder, .read).ledger.rounds.count == 25)

        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        try FileManager.default.removeItem(atPath: folder.file("journal/bo@test.jsonl"))
        Self.expectSameAsParsing(folder, fromSnapshot: false)
        #expect(Self.open(folder, .read).ledger.rounds.count == 5)
    }

    @Test func aCopiedOrSyncedFolderStillUsesItsSnapshot() throws {
        let folder = Self.folderWithJournals()
        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        // A copy of the whole folder: every journal a new inode with a new time.
        let copy = TempFolder()
        try FileManager.default.removeItem(atPath: copy.path)
        try FileManager.default.copyItem(atPath: folder.path, toPath: copy.path)
        Self.expectSameAsParsing(copy, fromSnapshot: true)
        // A sync tool replacing a journal with a longer version of it.
        try JournalAppender(folder: folder.path, writer: "anna@test").append(Fixture.round(61))
        let synced = copy.file("journal/.anna@test.jsonl.sync")
        try FileManager.default.copyItem(atPath: folder.file("journal/anna@test.jsonl"), toPath: synced)
        #expect(rename(synced, copy.file("journal/anna@test.jsonl")) == 0)
        Self.expectSameAsParsing(copy, fromSnapshot: true)
        #expect(Self.open(copy, .read).ledger.rounds.count == 61)
    }

    @Test func aJournalRewrittenInPlaceWithTheSameSizeAndTimeIsNotTrusted() throws {
        let folder = Self.folderWithJournals()
        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        let path = folder.file("journal/anna@test.jsonl")
        let before = FileIdentity.of(path)!
        // Same length, same inode, mtime put back: only the bytes tell.
        let text = folder.read("journal/anna@test.jsonl").replacingOccurrences(of: "runda 59", with: "runda 5X")
        let fd = Glibc.open(path, O_WRONLY)
        #expect(pwrite(fd, text, text.utf8.count, 0) == text.utf8.count)
        var times = [timespec(tv_sec: before.modifiedSeconds, tv_nsec: before.modifiedNanoseconds),
                     timespec(tv_sec: before.modifiedSeconds, tv_nsec: before.modifiedNanoseconds)]
        #expect(futimens(fd, &times) == 0)
        close(fd)
        #expect(FileIdentity.of(path) == before)
        Self.expectSameAsParsing(folder, fromSnapshot: false)
        #expect(Self.open(folder, .read).ledger.rounds.values.contains { $0.notes == "runda 5X" })
    }

    @Test func aJournalTouchedInPlaceIsReadAgainInFull() throws {
        let folder = Self.folderWithJournals()
        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        // Same inode, same size and bytes, a new time: the reader cannot tell what changed.
        var later = [timespec(tv_sec: 2_000_000_000, tv_nsec: 0), timespec(tv_sec: 2_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, folder.file("journal/bo@test.jsonl"), &later, 0) == 0)
        Self.expectSameAsParsing(folder, fromSnapshot: false)
    }

    @Test func aDamagedSnapshotIsIgnored() throws {
        let folder = Self.folderWithJournals()
        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        let path = SnapshotFile.path(in: folder.path)
        let size = FileIdentity.of(path)!.size
        for at in [3, 12, 20, 28, 40, size / 2, size - 1] {
            _ = Self.open(folder, .readAndWrite(afterBytes: 0))
            let fd = Glibc.open(path, O_RDWR)
            var byte: UInt8 = 0
            #expect(pread(fd, &byte, 1, off_t(at)) == 1)
            byte ^= 0x5A
            #expect(pwrite(fd, &byte, 1, off_t(at)) == 1)
            close(fd)
            Self.expectSameAsParsing(folder, fromSnapshot: false)
        }
        #expect(truncate(path, off_t(size / 3)) == 0)
        Self.expectSameAsParsing(folder, fromSnapshot: false)
    }

    @Test func badAndTornLinesAreReportedTheSameFromTheSnapshot() throws {
        let folder = Self.folderWithJournals()
        folder.appendRaw("journal/anna@test.jsonl", "{\"v\":1,\"id\":\"nope\"}\n")
        folder.appendRaw("journal/anna@test.jsonl", Fixture.line(Fixture.round(80)) + "\n")
        folder.appendRaw("journal/bo@test.jsonl", "{\"action\":\"recor")
        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        let parsed = Self.open(folder, .none).snapshot.diagnostics
        #expect(parsed.count == 2)
        Self.expectSameAsParsing(folder, fromSnapshot: true)
        // The torn append completes later: the line is read and the warning goes.
        folder.appendRaw("journal/bo@test.jsonl", "ded\"}\n")
        Self.expectSameAsParsing(folder, fromSnapshot: true)
    }

    @Test func aStaleTemporaryFromAKilledWriterIsRemoved() throws {
        let folder = Self.folderWithJournals()
        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        let stale = folder.file("\(SnapshotFile.directory)/.\(SnapshotFile.name).99999.tmp")
        let fresh = folder.file("\(SnapshotFile.directory)/.\(SnapshotFile.name).99998.tmp")
        for path in [stale, fresh] { _ = FileManager.default.createFile(atPath: path, contents: Data([1, 2, 3])) }
        var old = [timespec(tv_sec: 1_600_000_000, tv_nsec: 0), timespec(tv_sec: 1_600_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, stale, &old, 0) == 0)
        try JournalAppender(folder: folder.path, writer: "anna@test").append(Fixture.round(90))
        _ = Self.open(folder, .readAndWrite(afterBytes: 0))
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: fresh))
    }

    @Test func aLongReadReportsItsProgress() throws {
        let folder = Self.folderWithJournals(events: 300)
        let source = FolderEventSource(folder: folder.path)
        var seen: [LoadProgress] = []
        source.progress = { seen.append($0) }
        var ledger = Ledger()
        _ = source.refresh(applyingTo: &ledger)
        let journalBytes = try ["anna@test", "bo@test"].reduce(0) {
            $0 + (try FileManager.default.attributesOfItem(atPath: folder.file("journal/\($1).jsonl"))[.size] as! Int)
        }
        #expect(seen.first == LoadProgress(bytesRead: 0, bytesTotal: journalBytes))
        #expect(seen.last == LoadProgress(bytesRead: journalBytes, bytesTotal: journalBytes))
        #expect(seen.count == 3)  // the start, then one chunk per journal
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead })
        // Nothing new: nothing to read.
        seen = []
        _ = source.refresh(applyingTo: &ledger)
        #expect(seen == [LoadProgress(bytesRead: 0, bytesTotal: 0)])
    }
}
