import Foundation

/// What an event does to a record. Corrections are new events: history is never rewritten.
public enum EventAction: String, Sendable, Codable, CaseIterable {
    case recorded, amended, voided
}

/// One line of a journal file.
///
/// Wire form (one JSON object per line):
/// `{"v":1,"id":"<event uuid>","ts":"2023-05-02T19:30:00Z","author":"anna@host","action":"recorded",
///   "kind":"round","ref":"<record uuid>","data":{…},"reason":"…"}`
public struct JournalEvent: Sendable, Equatable {
    public static let schemaVersion = 1

    public var schema: Int
    public var id: UUID
    /// Seconds since 1970 (UTC); written as ISO 8601.
    public var timestamp: Date
    public var author: String
    public var action: EventAction
    public var kind: RecordKind
    /// The record this event is about; the record's own id.
    public var recordID: UUID
    /// The full record for `recorded` and `amended`; nil for `voided`.
    public var record: Record?
    public var reason: String?
    /// Top-level fields unknown to this version, kept for the next write.
    public var extra: [String: JSONValue]
    /// Fields inside `data` unknown to this version.
    public var dataExtra: [String: JSONValue]

    public init(id: UUID = UUID(), timestamp: Date, author: String, action: EventAction,
                kind: RecordKind, recordID: UUID, record: Record?, reason: String? = nil) {
        self.init(schema: JournalEvent.schemaVersion, id: id, timestamp: timestamp, author: author, action: action,
                  kind: kind, recordID: recordID, record: action == .voided ? nil : record, reason: reason,
                  extra: [:], dataExtra: [:])
    }

    /// Every field as given (as read from a line, `from(_:)`): nothing left out or made up.
    init(schema: Int, id: UUID, timestamp: Date, author: String, action: EventAction, kind: RecordKind, recordID: UUID,
         record: Record?, reason: String?, extra: [String: JSONValue], dataExtra: [String: JSONValue]) {
        self.schema = schema
        self.id = id
        self.timestamp = timestamp
        self.author = author
        self.action = action
        self.kind = kind
        self.recordID = recordID
        self.record = record
        self.reason = reason
        self.extra = extra
        self.dataExtra = dataExtra
    }

    /// A `recorded` or `amended` event carrying the whole record.
    public init(id: UUID = UUID(), timestamp: Date, author: String, action: EventAction, record: Record,
                reason: String? = nil) {
        self.init(id: id, timestamp: timestamp, author: author, action: action, kind: record.kind,
                  recordID: record.id, record: record, reason: reason)
    }

    /// A `voided` event: the record no longer counts, for the reason given.
    public static func void(_ kind: RecordKind, _ recordID: UUID, reason: String, author: String, at timestamp: Date) -> JournalEvent {
        JournalEvent(timestamp: timestamp, author: author, action: .voided, kind: kind, recordID: recordID,
                     record: nil, reason: reason)
    }

    /// The JSON object for this event, unknown fields included.
    public var jsonObject: [String: JSONValue] {
        var o = extra
        o["v"] = .number(Double(schema))
        o["id"] = .string(id.uuidString.lowercased())
        o["ts"] = .string(EventTime.format(timestamp))
        o["author"] = .string(author)
        o["action"] = .string(action.rawValue)
        o["kind"] = .string(kind.rawValue)
        o["ref"] = .string(recordID.uuidString.lowercased())
        if let record {
            var data = dataExtra
            for (k, v) in RecordCoding.encode(record) { data[k] = v }
            o["data"] = .object(data)
        }
        if let reason { o["reason"] = .string(reason) }
        return o
    }

    /// Builds an event from a decoded JSON line; returns every problem found.
    public static func from(_ value: JSONValue) -> Result<JournalEvent, EventDecodingError> {
        JSONDocument.with(value) { from($0.root) }
    }

    /// Builds an event from a line's parsed tokens, reading only the fields it knows.
    public static func from(_ node: JSONNode) -> Result<JournalEvent, EventDecodingError> {
        guard node.kind == .object else { return .failure(EventDecodingError(problems: [.notObject("(rad)")])) }
        var r = FieldReader(node)
        // Fields are read in the order the journal writes them (its keys sorted), so each is
        // found just after the one before it rather than by reading the object again.
        let action = r.enumValue("action", EventAction.self)
        let author = r.string("author") ?? ""
        var dataObject: JSONNode? = nil
        if action != .voided { dataObject = r.requiredObject("data") }
        let id = r.uuid("id")
        let kind = r.enumValue("kind", RecordKind.self)
        let reason = r.string("reason", required: false)
        let ref = r.uuid("ref")
        let ts = r.timestamp("ts")
        let schema = r.int("v") ?? 0
        if schema < 1 {
            r.fail(.unknownValue("v", String(schema)))
        }
        var problems = r.problems
        var record: Record? = nil
        var dataExtra: [String: JSONValue] = [:]
        if let kind, let ref, let dataObject {
            var decoded = RecordCoding.decode(kind: kind, id: ref, dataObject)
            record = decoded.record.take()
            dataExtra = decoded.unknown
            problems += decoded.problems
        }
        guard problems.isEmpty, let id, let ts, let action, let kind, let ref else {
            return .failure(EventDecodingError(problems: problems))
        }
        // A voided event's `data`, if any, is not kept: the record is gone.
        var extra = r.unknown
        if !extra.isEmpty { extra["data"] = nil }
        // Made in the result, every part moved in: each copy of an event or its record
        // retains and later releases every text in it, a tenth of decoding a line.
        return .success(JournalEvent(schema: schema, id: id, timestamp: ts, author: author, action: action, kind: kind,
                                     recordID: ref, record: action == .voided ? nil : record.take(), reason: reason,
                                     extra: extra, dataExtra: dataExtra))
    }
}

/// Every problem of one journal line.
public struct EventDecodingError: Error, Sendable, Equatable {
    public var problems: [FieldProblem]
}

/// Timestamps in the journal: ISO 8601 in UTC with seconds, `2023-05-02T19:30:00Z`.
public enum EventTime {
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(ordinal: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let rest = seconds - day.ordinal * 86_400
        return "\(day.iso)T\(Day.pad(rest / 3600, 2)):\(Day.pad(rest / 60 % 60, 2)):\(Day.pad(rest % 60, 2))Z"
    }

    /// As `parse(_:)`, from the bytes of a journal field.
    public static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Date? {
        @inline(__always) func two(_ i: Int) -> Int? {
            let x = Int(b[i]) - 48, y = Int(b[i + 1]) - 48
            return (0...9).contains(x) && (0...9).contains(y) ? x * 10 + y : nil
        }
        guard b.count == 20, b[10] == UInt8(ascii: "T"), b[19] == UInt8(ascii: "Z"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let day = Day(isoBytes: UnsafeBufferPointer(rebasing: b[0..<10])),
              let h = two(11), let m = two(14), let s = two(17), h < 24, m < 60, s < 61 else {
            // Not the canonical form: the text reader decides, so both accept the same.
            return parse(String(decoding: b, as: UTF8.self))
        }
        return Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + h * 3600 + m * 60 + s))
    }

    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let day = Day(iso: text.prefix(10)),
              let h = Int(text.dropFirst(11).prefix(2)), let m = Int(text.dropFirst(14).prefix(2)),
              let s = Int(text.dropFirst(17).prefix(2)), h < 24, m < 60, s < 61 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + h * 3600 + m * 60 + s))
    }

    /// The calendar day of a timestamp in Swedish local time is not needed: records carry their own dates.
    public static func day(of date: Date) -> Day {
        Day(ordinal: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
