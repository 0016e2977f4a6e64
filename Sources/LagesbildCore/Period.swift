import Foundation

/// The three rhythms of the work: the weekly EST meeting, the tertial follow-up and the year.
public enum PeriodKind: String, Sendable, CaseIterable, Codable {
    case week, tertial, year

    /// The next kind in the cycle week → tertial → year → week.
    public var next: PeriodKind {
        switch self {
        case .week: return .tertial
        case .tertial: return .year
        case .year: return .week
        }
    }
}

/// A closed range of days named the way the municipality names it: `2023-W47`, `2023-T2`, `2023`.
///
/// Weeks are ISO 8601 weeks as used in Sweden: Monday first, week 1 holds the year's
/// first Thursday, so 2021-01-03 lies in 2020-W53. Tertials are T1 January–April,
/// T2 May–August, T3 September–December.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    public let kind: PeriodKind
    /// The ISO week-numbering year for weeks, the calendar year otherwise.
    public let year: Int
    /// Week number (1...53) or tertial (1...3); 0 for a year.
    public let index: Int
    public let start: Day
    public let end: Day

    public static func year(_ year: Int) -> Period {
        Period(kind: .year, year: year, index: 0,
               start: Day(year: year, month: 1, day: 1)!, end: Day(year: year, month: 12, day: 31)!)
    }

    public static func tertial(_ year: Int, _ tertial: Int) -> Period? {
        guard (1...3).contains(tertial) else { return nil }
        let firstMonth = (tertial - 1) * 4 + 1
        let lastMonth = firstMonth + 3
        return Period(kind: .tertial, year: year, index: tertial,
                      start: Day(year: year, month: firstMonth, day: 1)!,
                      end: Day(year: year, month: lastMonth, day: Day.daysIn(month: lastMonth, year: year))!)
    }

    public static func week(_ year: Int, _ week: Int) -> Period? {
        guard week >= 1, week <= Period.weeksIn(isoYear: year) else { return nil }
        let monday = Period.mondayOfWeekOne(year).adding(days: (week - 1) * 7)
        return Period(kind: .week, year: year, index: week, start: monday, end: monday.adding(days: 6))
    }

    /// The period of `kind` that holds `day`.
    public static func containing(_ day: Day, kind: PeriodKind) -> Period {
        switch kind {
        case .year: return .year(day.year)
        case .tertial: return .tertial(day.year, (day.month - 1) / 4 + 1)!
        case .week:
            let w = day.isoWeek
            return .week(w.year, w.week)!
        }
    }

    /// The ISO week of a date.
    static func isoWeek(of day: Day) -> (year: Int, week: Int) {
        // The Thursday of this week decides the week-numbering year.
        let thursday = day.adding(days: 4 - day.weekday)
        let y = thursday.year
        let week = thursday.days(since: mondayOfWeekOne(y)) / 7 + 1
        return (y, week)
    }

    static func mondayOfWeekOne(_ year: Int) -> Day {
        let jan4 = Day(year: year, month: 1, day: 4)!
        return jan4.adding(days: 1 - jan4.weekday)
    }

    public static func weeksIn(isoYear year: Int) -> Int {
        mondayOfWeekOne(year + 1).days(since: mondayOfWeekOne(year)) / 7
    }

    public var dayCount: Int { end.days(since: start) + 1 }
    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    /// The period of the same kind right after this one.
    public var next: Period { Period.containing(end.adding(days: 1), kind: kind) }
    /// The period of the same kind right before this one: the "equal period before" of a trend.
    public var previous: Period { Period.containing(start.adding(days: -1), kind: kind) }

    /// `2023-W47`, `2023-T2` or `2023`.
    public var description: String {
        switch kind {
        case .year: return "\(year)"
        case .tertial: return "\(year)-T\(index)"
        case .week: return "\(year)-W\(Day.pad(index, 2))"
        }
    }

    /// Parses `2023`, `2023-T2` or `2023-W47` (also lower case `t`/`w`, and `2023-W7`).
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let y = Int(first), y > 0 else { return nil }
        if parts.count == 1 { self = .year(y); return }
        guard parts.count == 2, let tag = parts[1].first, let n = Int(parts[1].dropFirst()) else { return nil }
        switch tag {
        case "T", "t":
            guard let p = Period.tertial(y, n) else { return nil }
            self = p
        case "W", "w":
            guard let p = Period.week(y, n) else { return nil }
            self = p
        default: return nil
        }
    }

    private init(kind: PeriodKind, year: Int, index: Int, start: Day, end: Day) {
        self.kind = kind
        self.year = year
        self.index = index
        self.start = start
        self.end = end
    }

    /// The ISO weeks whose Monday–Sunday overlaps this period, in order; used for sparklines.
    public var weeks: [Period] {
        var result: [Period] = []
        var week = Period.containing(start, kind: .week)
        while week.start <= end {
            result.append(week)
            week = week.next
        }
        return result
    }
}

extension Day {
    /// The ISO 8601 week-numbering year and week of this date.
    public var isoWeek: (year: Int, week: Int) { Period.isoWeek(of: self) }
}
