/// A calendar date without time or zone: the unit every count in Lägesbild is kept in.
///
/// Stored as days since 1970-01-01 so that comparisons, differences and ranges are
/// integer operations; the civil-date conversion is Howard Hinnant's algorithm,
/// valid for the proleptic Gregorian calendar.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Four bytes, not eight: a million records each hold a day or two, and the index holds
    /// them again (±5.8 million years is range enough).
    private let storage: Int32

    public var ordinal: Int { Int(storage) }

    public init(ordinal: Int) { storage = Int32(clamping: ordinal) }

    /// Returns nil for dates that do not exist (2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        self.init(ordinal: era * 146_097 + doe - 719_468)
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }

    /// ISO weekday: 1 is Monday, 7 is Sunday (the Swedish week starts on Monday).
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (ordinal + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }
    public func days(since other: Day) -> Int { ordinal - other.ordinal }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601 calendar date, `2023-05-01`.
    public var iso: String {
        let c = components
        guard (0...9999).contains(c.year) else { return "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))" }
        // Ten digits and dashes written in place: lists and evaluations write thousands of
        // dates, and padding each part as a text of its own cost a microsecond a date.
        return String(unsafeUninitializedCapacity: 10) { out in
            func digits(_ value: Int, _ width: Int, at start: Int) {
                var v = value
                for i in stride(from: start + width - 1, through: start, by: -1) {
                    out[i] = UInt8(48 + v % 10)
                    v /= 10
                }
            }
            digits(c.year, 4, at: 0)
            out[4] = UInt8(ascii: "-")
            digits(c.month, 2, at: 5)
            out[7] = UInt8(ascii: "-")
            digits(c.day, 2, at: 8)
            return 10
        }
    }

    public var description: String { iso }

    /// Parses `YYYY-MM-DD` strictly; anything else is nil.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for b in bytes[range] {
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// As `init?(iso:)`, from the bytes of a journal field, without making a text first.
    public init?(isoBytes b: UnsafeBufferPointer<UInt8>) {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        @inline(__always) func number(_ from: Int, _ to: Int) -> Int? {
            var value = 0
            for i in from..<to {
                let c = b[i]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension Day: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date (YYYY-MM-DD): \(text)")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// A time of day in minutes after midnight, written `HH:MM`.
public struct ClockTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Two bytes: it sits in every incident and round.
    private let storage: Int16

    public var minutes: Int { Int(storage) }

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        storage = Int16(hour * 60 + minute)
    }

    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    /// As `init?(_:)`, from the bytes of a journal field: `HH:MM` and `H:MM` are read
    /// directly; anything else goes through the text reader, so both accept the same.
    public init?(bytes b: UnsafeBufferPointer<UInt8>) {
        @inline(__always) func digit(_ c: UInt8) -> Int? { c >= 48 && c <= 57 ? Int(c - 48) : nil }
        if b.count == 5, b[2] == UInt8(ascii: ":"), let h1 = digit(b[0]), let h2 = digit(b[1]),
           let m1 = digit(b[3]), let m2 = digit(b[4]) {
            self.init(hour: h1 * 10 + h2, minute: m1 * 10 + m2)
        } else if b.count == 4, b[1] == UInt8(ascii: ":"), let h = digit(b[0]), let m1 = digit(b[2]), let m2 = digit(b[3]) {
            self.init(hour: h, minute: m1 * 10 + m2)
        } else {
            self.init(String(decoding: b, as: UTF8.self))
        }
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }
    /// `HH:MM`, written in place as `Day.iso` is: a busy place's list writes one per incident.
    public var description: String {
        let (h, m) = (hour, minute)   // 0–23 and 0–59: `init` admits no other
        return String(unsafeUninitializedCapacity: 5) { out in
            (out[0], out[1], out[2]) = (UInt8(48 + h / 10), UInt8(48 + h % 10), UInt8(ascii: ":"))
            (out[3], out[4]) = (UInt8(48 + m / 10), UInt8(48 + m % 10))
            return 5
        }
    }
    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let t = ClockTime(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time (HH:MM): \(text)")
        }
        self = t
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
