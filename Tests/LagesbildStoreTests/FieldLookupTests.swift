import Foundation
import Testing
import LagesbildCore
@testable import LagesbildStore

/// A field is found whatever order members are written and asked in: the last member of a
/// repeated name wins and every member of an asked name counts as read; the rest survive
/// as unknown fields. Checked against the members themselves, over random objects.
@Suite struct FieldLookupTests {
    static let names = ["a", "bb", "id", "at", "kind", "text", "x1", "zz"]

    static func ask(_ reader: inout FieldReader, _ name: String) -> Int? {
        switch name {
        case "a": reader.int("a", default: -1)
        case "bb": reader.int("bb", default: -1)
        case "id": reader.int("id", default: -1)
        case "at": reader.int("at", default: -1)
        case "kind": reader.int("kind", default: -1)
        case "text": reader.int("text", default: -1)
        case "x1": reader.int("x1", default: -1)
        default: reader.int("zz", default: -1)
        }
    }

    @Test func membersAreFoundInAnyOrderAndTheLastOfARepeatedNameWins() throws {
        var rng = SeededRandom(seed: 47)
        let parser = SimdJSONParser()
        for _ in 0..<3_000 {
            var members = (0..<Int.random(in: 0...9, using: &rng)).map { n in (Self.names.randomElement(using: &rng)!, n) }
            // Half of the objects have their names sorted, as the journal writes them (distinct
            // ones are then known distinct in one pass; a repeat sits beside its twin).
            if Bool.random(using: &rng) { members.sort { $0.0 < $1.0 } }
            let line = "{" + members.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
            let asked = (0..<Int.random(in: 0...8, using: &rng)).map { _ in Self.names.randomElement(using: &rng)! }
            let (answers, unknown) = try parser.parse(Array(line.utf8)) { document -> ([Int?], Set<String>) in
                var reader = FieldReader(document.root)
                let answers = asked.map { Self.ask(&reader, $0) }
                return (answers, Set(reader.unknown.keys))
            }.get()
            for (name, answer) in zip(asked, answers) {
                #expect(answer == (members.last { $0.0 == name }?.1 ?? -1), "\(line) asked \(name)")
            }
            #expect(unknown == Set(members.map(\.0)).subtracting(asked), "\(line) asked \(asked)")
        }
    }
}
