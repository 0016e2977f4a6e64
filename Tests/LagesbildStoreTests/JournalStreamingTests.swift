import Foundation
import LagesbildCore
import Testing
@testable import LagesbildStore

/// Journals are read a chunk at a time and replayed as they arrive; the result must not
/// depend on where a chunk ends.
@Suite struct JournalStreamingTests {
    let journal = "journal/anna@test.jsonl"

    @Test(arguments: [1, 7, 100, 1 << 20])
    func smallChunksGiveTheSameEventsLinesAndWarnings(_ chunkBytes: Int) {
        let folder = Fixture.folder()
        let torn = Fixture.line(Fixture.round(3)).prefix(25)
        folder.write(journal, Fixture.line(Fixture.round(0)) + "\n{inte json\n" + Fixture.line(Fixture.round(1))
                     + Fixture.line(Fixture.round(2)) + torn)
        let whole = JournalReader(folder: folder.path).read()
        let chunked = JournalReader(folder: folder.path, chunkBytes: chunkBytes).read()
        #expect(chunked.events.map(\.event) == [Fixture.round(0), Fixture.round(1), Fixture.round(2)])
        #expect(chunked.events.map(\.line) == [1, 4, 5])
        #expect(chunked.events.map(\.event) == whole.events.map(\.event))
        #expect(chunked.diagnostics == whole.diagnostics)
        #expect(chunked.diagnostics.map(\.line) == [3, 6])
    }

    @Test func streamingIntoALedgerEqualsReadingThenReplaying() throws {
        let folder = Fixture.folder()
        var generator = SampleGenerator(options: .init(seed: 3, years: 1, scale: 1, startYear: 2023))
        let events = generator.generate().events
        try DataFolderTestWriter.write(events, into: folder.path)
        var streamed = Ledger()
        let snapshot = FolderEventSource(folder: folder.path).refresh(applyingTo: &streamed)
        let listed = FolderEventSource(folder: folder.path).refresh()
        let replayed = Ledger(events: listed.newEvents)
        #expect(snapshot.deliveredCount == listed.newEvents.count && snapshot.newEvents.isEmpty)
        #expect(streamed.rounds == replayed.rounds && streamed.incidents == replayed.incidents)
        #expect(streamed.measures == replayed.measures && streamed.interventions == replayed.interventions)
        #expect(streamed.history() == replayed.history() && streamed.warnings == replayed.warnings)
    }

    @Test func aRestartWhileStreamingStartsTheLedgerOver() throws {
        let folder = Fixture.folder()
        folder.write(journal, Fixture.line(Fixture.round(0)) + Fixture.line(Fixture.round(1)))
        let source = FolderEventSource(folder: folder.path)
        var ledger = Ledger()
        _ = source.refresh(applyingTo: &ledger)
        #expect(ledger.rounds.count == 2)
        folder.write(journal, Fixture.line(Fixture.round(1)))  // shorter: rewritten
        let second = source.refresh(applyingTo: &ledger)
        #expect(second.restarted)
        #expect(ledger.rounds.count == 1 && ledger.eventCount == 1)
    }
}

extension JournalStreamingTests {
    /// The prefix hash kept while a journal is read, in chunks of any size and across passes
    /// that read what was appended, is the hash of the file's bytes before the offset.
    @Test(arguments: [1, 7, 100, 1 << 20])
    func thePrefixKeptWhileReadingIsTheFilesOwn(_ chunkBytes: Int) throws {
        let folder = Fixture.folder()
        folder.write(journal, Fixture.line(Fixture.round(0)) + "\n{inte json\n" + Fixture.line(Fixture.round(1))
                     + String(Fixture.line(Fixture.round(2)).prefix(25)))
        let reader = JournalReader(folder: folder.path, chunkBytes: chunkBytes)
        func expectOwnPrefix() throws {
            let file = try #require(reader.checkpoint()?.files.first)
            let fd = open(folder.file(journal), O_RDONLY)
            defer { close(fd) }
            #expect(file.prefixKnown && file.offset > 0)
            #expect(file.prefix == (try JournalCheckpoint.prefixHash(fd: fd, offset: file.offset, path: journal)))
        }
        _ = reader.read()
        try expectOwnPrefix()
        // The torn line completed and more appended: the next pass goes on from the offset.
        let whole = Fixture.line(Fixture.round(0)) + "\n{inte json\n" + Fixture.line(Fixture.round(1))
            + Fixture.line(Fixture.round(2)) + Fixture.line(Fixture.round(3))
        folder.write(journal, whole)
        _ = reader.read()
        try expectOwnPrefix()
        // Taken up from a checkpoint, the bytes before it were not read here: not known.
        let restored = JournalReader(folder: folder.path, chunkBytes: chunkBytes)
        #expect(restored.restore(try #require(reader.checkpoint()).sealed(folder: folder.path)))
        #expect(restored.checkpoint()?.files.first?.prefixKnown == false)
    }
}
