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
        self.schema = JournalEvent.schemaVersion
        self.id = id
        self.timestamp = timestamp
        self.author = author
        self.action = action
        self.kind = kind
        self.recordID = recordID
        self.record = action == .voided ? nil : record
        self.reason = reason
        self.extra = [:]
        self.dataExtra = [:]
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
        guard let object = value.object else { return .failure(EventDecodingError(problems: [.notObject("(rad)")])) }
        var r = FieldReader(object)
        let schema = r.int("v") ?? 0
        if schema < 1 {
            r.fail(.unknownValue("v", String(schema)))
        }
        let id = r.uuid("id")
        let tsText = r.string("ts")
        let ts = tsText.flatMap(EventTime.parse)
        if let tsText, ts == nil { r.fail(.notDate("ts", tsText)) }
        let author = r.string("author") ?? ""
        let action = r.enumValue("action", EventAction.self)
        let kind = r.enumValue("kind", RecordKind.self)
        let ref = r.uuid("ref")
        let reason = r.string("reason", required: false)
        var dataObject: [String: JSONValue]? = nil
        if action != .voided {
            if let d = object["data"]?.object { dataObject = d } else { r.fail(.missing("data")) }
        }
        var problems = r.problems
        var record: Record? = nil
        var dataExtra: [String: JSONValue] = [:]
        if let kind, let ref, let dataObject {
            let decoded = RecordCoding.decode(kind: kind, id: ref, dataObject)
            record = decoded.record
            dataExtra = decoded.unknown
            problems += decoded.problems
        }
        guard problems.isEmpty, let id, let ts, let action, let kind, let ref else {
            return .failure(EventDecodingError(problems: problems))
        }
        var event = JournalEvent(id: id, timestamp: ts, author: author, action: action, kind: kind,
                                 recordID: ref, record: record, reason: reason)
        event.schema = schema
        event.extra = r.unknown.filter { $0.key != "data" }
        event.dataExtra = dataExtra
        return .success(event)
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
