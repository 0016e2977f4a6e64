/// The words of the follow-up report and of CSV export and import, kept as one nested
/// key so they sit together in each language table.
public enum ReportText: Sendable, Equatable {
    // Headings
    case title(municipality: String, year: Int, period: Period)
    case asOf(Day)
    case summary
    case promises
    case rounds
    case interventions
    case incidents
    case measures
    case chartPromises
    case chartIncidents
    /// The source line at the foot of the report.
    case footer(Day)

    // Columns
    case columnPromise
    case columnOwner
    case columnDone
    case columnTarget
    case columnStatus
    /// The period's short name as a column: `T3`, `2023`.
    case columnPeriod(Period)
    case columnYearToDate
    case columnHotSpot
    case columnLocality
    case columnKind
    case columnTrend
    case columnChange
    case columnWhat
    case columnResponsible
    case columnDecided
    case columnDue
    case columnFocusArea
    case week
    case target

    // Rows
    /// The rounds table's sum of its places: a round at three hot spots is three visits.
    case visitsTotal
    /// The rounds table's count of rounds, each once.
    case roundsTotal
    /// Under the rounds table when visits and rounds differ: why.
    case visitsNote

    // Values
    case status(FollowUpStatus)
    case trend(Trend)
    /// `+12 %`, `−8 %`; nil change (nothing before) reads as "new".
    case percentChange(now: Int, before: Int)
    case carriedOver
    /// Under the incident table while the period is in progress: which days were compared.
    case comparedOver(TrendComparison, period: Period, asOf: Day)
    /// One line under the incident table on what the trend marks mean.
    case trendRule
    /// The whole municipality, beside the hot spots.
    case columnAll
    /// A summary sentence; the period kind names the span ("tertialet", "året").
    case finding(ReportFinding, PeriodKind)

    // CSV export and import
    case importProblem(ImportProblem)
    case imported(records: Int, alreadyThere: Int)
    case importRefused(badRows: Int)
    case badRowsSkipped(Int)
    case exported(rows: Int, path: String)
}
