import Foundation
import LagesbildCore
import Testing
@testable import LagesbildStore

/// Long journals are decoded in chunks on several threads; order, line numbers and
/// problems must come out exactly as from one thread.
@Suite struct ParallelDecodingTests {
    let journal = "journal/anna@test.jsonl"

    @Test func manyLinesKeepOrderAndBadLinesKeepTheirNumbers() throws {
        let folder = Fixture.folder()
        let count = JournalReader.linesPerChunk * 3 + 17
        let badAt = [5, JournalReader.linesPerChunk + 1, count - 2]  // 0-based lines that are broken
        var text = ""
        var expected: [JournalEvent] = []
        for i in 0..<count {
            if badAt.contains(i) { text += "{\"v\":1,\"id\":\n"; continue }
            let event = Fixture.round(i)
            expected.append(event)
            text += Fixture.line(event)
        }
        folder.write(journal, text)
        let snapshot = FolderEventSource(folder: folder.path).refresh()
        #expect(snapshot.newEvents == expected)
        #expect(snapshot.diagnostics.map(\.line) == badAt.map { $0 + 1 })
        #expect(snapshot.diagnostics.allSatisfy { $0.file == journal && $0.severity == .error })
    }

    @Test func booleansAndNumbersStayApart() throws {
        let line = #"{"v":1,"id":"8b3e1f0c-7a52-4d0e-9a7e-1c2d3e4f5a6b","ts":"2023-05-02T19:30:00Z","author":"a","action":"voided","kind":"round","ref":"9b3e1f0c-7a52-4d0e-9a7e-1c2d3e4f5a6b","reason":"x","flags":[true,1,0,false,1.5,null,"1"]}"#
        guard case .event(let event) = JournalLine.decode(Array(line.utf8)) else {
            Issue.record("line did not decode")
            return
        }
        let expected: [JSONValue] = [.bool(true), .number(1), .number(0), .bool(false), .number(1.5), .null, .string("1")]
        let flags = event.extra["flags"]
        #expect(flags == JSONValue.array(expected))
    }
}
