import Foundation

/// The days a trend compares. A finished period is compared whole with the whole period
/// before it. While a period is in progress, its days so far (start … `asOf`) are compared
/// with as many days from the start of the period before, so a part is never set against a
/// whole: on 2023-11-20, the 81 days of 2023-T3 against 1 May … 20 July of 2023-T2.
public struct TrendComparison: Sendable, Equatable {
    /// The period before: the same kind, right before.
    public var previous: Period
    /// The last day of `previous` counted: its end, or the day as many days in as the
    /// period has had. Before `previous.start` (nothing counted) when the period has not begun.
    public var previousThrough: Day
    /// True while the period is in progress: only the first `days` days of `previous` count.
    public var partial: Bool
    /// Days of the period counted: start … `asOf`; 0 when the period has not begun.
    public var days: Int
    /// Days of the period before counted: its start … `previousThrough`.
    public var previousDays: Int { max(0, previousThrough.days(since: previous.start) + 1) }

    public init(period: Period, asOf: Day) {
        previous = period.previous
        days = asOf < period.start ? 0 : min(asOf, period.end).days(since: period.start) + 1
        partial = asOf < period.end
        previousThrough = partial ? min(previous.end, previous.start.adding(days: days - 1)) : previous.end
    }
}

/// Where a hot spot's incidents are heading compared with the period before (see
/// `TrendComparison`), by the tested rule of `TrendTest`: a rise or a fall only when the
/// change is more than chance would give; otherwise no clear change, `=` when the counts
/// are equal and `≈` when they differ. The counts are always shown beside it.
public enum Trend: String, Sendable, Equatable, CaseIterable {
    case rising, falling, steady, unclear

    /// Equal windows.
    public init(now: Int, before: Int) {
        self = TrendTest.trend(now: now, before: before, nowDays: 1, beforeDays: 1)
    }

    public init(now: Int, before: Int, nowDays: Int, beforeDays: Int) {
        self = TrendTest.trend(now: now, before: before, nowDays: nowDays, beforeDays: beforeDays)
    }

    public var arrow: String {
        switch self {
        case .rising: return "▲"
        case .falling: return "▼"
        case .steady: return "="
        case .unclear: return "≈"
        }
    }

}
