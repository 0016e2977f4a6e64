import Foundation
import Glibc
import LagesbildCore
@testable import LagesbildStore

/// A fresh folder under the system's temporary directory, removed when the test ends.
final class TempFolder {
    let path: String

    init() {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lagesbild-store-\(UUID().uuidString.prefix(8))")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ relative: String) -> String { "\(path)/\(relative)" }

    func write(_ relative: String, _ text: String) {
        let full = file(relative)
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
    }

    /// Appends raw bytes the way another process (or a crash) could leave them.
    func appendRaw(_ relative: String, _ text: String) {
        let handle = FileHandle(forWritingAtPath: file(relative))!
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }

    func read(_ relative: String) -> String {
        (try? String(contentsOfFile: file(relative), encoding: .utf8)) ?? ""
    }

    func listing() -> [String] {
        let items = FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []
        return items.sorted()
    }
}

func mode(of path: String) -> mode_t {
    var st = stat()
    precondition(stat(path, &st) == 0, "stat \(path)")
    return st.st_mode & 0o777
}

enum Fixture {
    static let day = Day(year: 2023, month: 5, day: 2)!
    static let today = Day(year: 2023, month: 12, day: 31)!

    static func round(_ n: Int = 0, spot: String = "vgd-resecentrum", author: String = "anna@test") -> JournalEvent {
        let round = Round(id: uuid(1, n), date: day, hotSpots: [spot], participants: [.polis: 2, .kommun: 1],
                          notes: "runda \(n)")
        return JournalEvent(id: uuid(2, n), timestamp: Date(timeIntervalSince1970: 1_683_000_000 + Double(n)),
                            author: author, action: .recorded, record: .round(round))
    }

    /// The same id for the same arguments, so fixtures compare equal across calls.
    static func uuid(_ group: Int, _ n: Int) -> UUID {
        let digits = String(n)
        return UUID(uuidString: "0000000\(group)-0000-4000-8000-" + String(repeating: "0", count: 12 - digits.count) + digits)!
    }

    static func line(_ event: JournalEvent) -> String {
        String(decoding: try! JournalLine.encode(event), as: UTF8.self)
    }

    /// A small valid plan folder with a journal directory.
    static func folder() -> TempFolder {
        let folder = TempFolder()
        folder.write(PlanFile.name, try! PlanFile.yaml(for: VaggerydPlan.make()))
        try! FileManager.default.createDirectory(atPath: folder.file("journal"), withIntermediateDirectories: true)
        return folder
    }
}
