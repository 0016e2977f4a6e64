import Foundation
import Testing
import LagesbildCore
@testable import LagesbildStore

/// A writer killed mid-write leaves a line without its newline. The next append must not
/// glue its event onto that remnant: it starts a new line, and readers skip the remnant
/// with a warning, so no acknowledged event is lost.
@Suite struct TornLineTests {
    func event(_ n: Int) -> JournalEvent {
        let round = Round(date: Day(iso: "2023-05-05")!, hotSpots: ["a"], participants: [.polis: 1], notes: "runda \(n)")
        return JournalEvent(timestamp: Date(timeIntervalSince1970: 1_683_300_000 + Double(n)), author: "w@h",
                            action: .recorded, record: .round(round))
    }

    @Test func anAppendAfterATornTailStartsANewLine() throws {
        let folder = TempFolder()
        try FileManager.default.createDirectory(atPath: folder.file("journal"), withIntermediateDirectories: true)
        let appender = JournalAppender(folder: folder.path, writer: "w@h")
        try appender.append(event(1))
        // The crash: half of the second event's line, no newline.
        let half = try JournalLine.encode(event(2)).prefix(120)
        let handle = try #require(FileHandle(forWritingAtPath: appender.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data(half))
        handle.closeFile()
        try appender.append(event(3))

        let result = JournalReader(folder: folder.path).read()
        #expect(result.events.count == 2)
        #expect(result.events.compactMap { e -> String? in
            if case .round(let r)? = e.event.record { return r.notes } else { return nil }
        } == ["runda 1", "runda 3"])
        #expect(result.diagnostics == [Diagnostic(.warning, file: "journal/w@h.jsonl", line: 2, .tornLine)])
        // Whole lines only: the file ends with a newline and the remnant stands alone.
        let text = folder.read("journal/w@h.jsonl")
        #expect(text.hasSuffix("\n"))
        #expect(text.split(separator: "\n").count == 3)
    }

    @Test func aBadEditIsStillAnError() {
        #expect(JournalLine.isTorn(Array(#"{"action":"recorded","author":"w@h","da"#.utf8)))
        #expect(JournalLine.isTorn(Array(#"{"act"#.utf8)))
        #expect(!JournalLine.isTorn(Array(#"{"v":1,"id":"abc"#.utf8)))
        #expect(!JournalLine.isTorn(Array("{inte json".utf8)))
        #expect(!JournalLine.isTorn(Array("garbage".utf8)))
    }
}
