/// Texts of the comparisons across years: the report's "same period a year earlier" and
/// the multi-year report.
public enum YearText: Sendable, Equatable {
    /// Heading: the report's period against the same period a year earlier.
    case sameTimeLastYear(Period)
    /// The note under it while the period is in progress.
    case sameDays(earlier: Period, through: Day, days: Int)
    case promisesThenNow
    case activitiesThenNow
    case incidentsPerArea
    case incidentsPerSpot
    case columnPromise, columnArea, columnHotSpot, columnWhat, columnTrend, columnChange
    /// `2022 T3`, `2023`: a period as a column head.
    case column(Period)
    /// A promise's result in one year's column: `26/30 genomfört`, or only the count when
    /// that year's plan had no such promise.
    case result(done: Int, target: Int?)
    case rounds
    case roundsNote
    /// The multi-year report.
    case multiTitle(municipality: String, first: Int, last: Int)
    case multiPromises
    case multiIncidents
    case multiActivities
    case multiChart
    case multiNoPlan(Int)
    case multiNotePromises
    case multiFooter(Day)
    case yearsOption(String)
}

extension YearText {
    /// `2023 T3` or `2023`: the same in every language.
    static func columnLabel(_ p: Period) -> String {
        p.kind == .tertial ? "\(p.year) T\(p.index)" : p.description
    }

    /// `26/30`, or only the count when there was no target.
    static func resultLabel(done: Int, target: Int?) -> String {
        target.map { "\(done)/\($0)" } ?? "\(done)"
    }
}
