import Foundation
import LagesbildCore

/// The wire form of one journal event: a JSON object on one line, ended by "\n".
/// JSONEncoder escapes every newline inside strings, so free text can never break a line.
public enum JournalLine {
    /// The bytes appended to a journal for `event`, trailing newline included.
    public static func encode(_ event: JournalEvent) throws -> [UInt8] {
        let encoder = JSONEncoder()
        // Sorted keys make lines stable and diffable; unescaped slashes keep them readable.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(JSONValue.object(event.jsonObject))
        } catch {
            throw StoreError.encoding(String(describing: error))
        }
        var bytes = [UInt8](data)
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Decodes one line (without its newline) into an event, or the problem that stops it.
    public static func decode<Bytes: Collection>(_ line: Bytes) -> Decoded where Bytes.Element == UInt8 {
        let parser = SimdJSONParser()
        return finish(parser.parse(line) { JournalEvent.from($0.root) }, line)
    }

    /// As `decode(_:)` for a line followed by `SimdJSONParser.padding` readable bytes (a
    /// padded chunk of the file), with a parser the caller keeps for many lines.
    static func decode(padded line: UnsafeBufferPointer<UInt8>, with parser: SimdJSONParser) -> Decoded {
        // simdjson's tokens read straight into records: Foundation's JSONSerialization, and
        // then a tree of values, took most of a first start (README, "Speed").
        finish(parser.parse(padded: line) { JournalEvent.from($0.root) }, line)
    }

    private static func finish<Bytes: Collection>(_ parsed: consuming Result<Result<JournalEvent, EventDecodingError>, SimdJSONError>,
                                                  _ line: Bytes) -> Decoded where Bytes.Element == UInt8 {
        switch consume parsed {
        case .failure: return .problem(isTorn(line) ? .tornLine : .notJSON(snippet(line)))
        case .success(.success(let event)): return .event(event)
        case .success(.failure(let error)): return .problem(.badEvent(error.problems))
        }
    }

    /// A line cut off mid-write: the start of a line this appender writes (keys are sorted,
    /// so every line begins `{"action":"`) that never closes its object. A hand-edited or
    /// otherwise broken line stays an error.
    static func isTorn<Bytes: Collection>(_ line: Bytes) -> Bool where Bytes.Element == UInt8 {
        let start = lineStart.prefix(line.count)
        guard !line.isEmpty, line.prefix(start.count).elementsEqual(start) else { return false }
        let trimmed = line.reversed().drop { $0 == 32 || $0 == 9 || $0 == 13 }
        return trimmed.first != UInt8(ascii: "}")
    }

    static let lineStart = Array(#"{"action":""#.utf8)

    /// One decoded line: an event, or what stops it from being one.
    public enum Decoded: Sendable {
        case event(JournalEvent)
        case problem(DiagnosticProblem)
    }

    /// The start of a bad line, so the user can find it; the detail is data, not prose.
    static func snippet<Bytes: Collection>(_ line: Bytes) -> String where Bytes.Element == UInt8 {
        let text = String(decoding: line.prefix(48), as: UTF8.self)
            .map { $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) ? " " : String($0) }
            .joined()
        return line.count > 48 ? text + "…" : text
    }
}
