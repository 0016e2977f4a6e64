/// The follow-up report (uppföljning) of one tertial or year: what was promised, what was
/// done, where incidents went and what the meetings decided. Derived from the plan and the
/// records, never stored; every renderer (text, Markdown, HTML, CSV) reads only this.
public struct FollowUpReport: Sendable, Equatable {
    public var municipality: String
    public var year: Int
    /// A tertial or a year.
    public var period: Period
    /// The last day counted: the period's end, or today while the period runs.
    public var asOf: Day
    /// The ISO weeks the weekly charts cover, oldest first: the period's weeks up to the
    /// week of `asOf`, so a period in progress is not drawn with empty weeks to come.
    public var weeks: [Period]
    /// What the incident trends compare: the whole period before, or while the period is in
    /// progress the same number of days from its start.
    public var comparison: TrendComparison
    public var focusAreas: [FocusAreaFollowUp]
    public var hotSpots: [HotSpotFollowUp]
    /// Rounds walked in the period; one round at three hot spots counts once here.
    public var roundsInPeriod: Int
    public var roundsYearToDate: Int
    public var interventions: [InterventionFollowUp]
    public var measures: [MeasureFollowUp]
    /// The numbers the summary sentences are made from, in reading order.
    public var findings: [ReportFinding]
    /// The same period a year earlier, when it holds records.
    public var lastYear: YearOverYear? = nil
    /// When the period's incidents happened, in the whole municipality (`TimeMatrix`).
    public var timeMatrix = TimeMatrix()
    /// Each hot spot's peak window and its incidents with a time, for those with any.
    public var peaks: [SpotPeak] = []
    /// Presence (`Dosage`) at each hot spot of the report in the period.
    public var presence: [(hotSpot: HotSpot, presence: Presence)] = []
    /// Evaluations of the measures and interventions that started in the period (`Evaluator`).
    public var evaluations: [Evaluation] = []
    /// Reports per source in each tertial of the year up to the report's period.
    public var sourceSpans: [Period] = []
    public var sources: [(source: IncidentSource, counts: [Int])] = []

    public static func == (a: FollowUpReport, b: FollowUpReport) -> Bool {
        a.municipality == b.municipality && a.year == b.year && a.period == b.period && a.asOf == b.asOf && a.weeks == b.weeks
            && a.comparison == b.comparison && a.focusAreas == b.focusAreas && a.hotSpots == b.hotSpots
            && a.roundsInPeriod == b.roundsInPeriod && a.roundsYearToDate == b.roundsYearToDate && a.interventions == b.interventions
            && a.measures == b.measures && a.findings == b.findings && a.lastYear == b.lastYear && a.hasTargets == b.hasTargets
            && a.timeMatrix == b.timeMatrix && a.peaks == b.peaks
            && a.presence.map(\.hotSpot) == b.presence.map(\.hotSpot) && a.presence.map(\.presence) == b.presence.map(\.presence)
            && a.sourceSpans == b.sourceSpans && a.sources.map(\.source) == b.sources.map(\.source)
            && a.sources.map(\.counts) == b.sources.map(\.counts) && a.evaluations == b.evaluations
    }
    /// False for a year without a plan: counted, with no promises to judge.
    public var hasTargets = true
    /// The municipality's boundary, for the map; nil when the plan names none.
    public var outline: Outline? = nil

    /// The year to date is shown beside the period unless the period is the year itself.
    public var showsYearToDate: Bool { period.kind != .year }

    public var promises: [PromiseFollowUp] { focusAreas.flatMap(\.promises) }

    /// Visits: the rounds per hot spot added up, what the rounds table's column sums to. A
    /// round at three hot spots counts three times here and once in `roundsInPeriod`, so
    /// the table shows both, with `visitsNote` under it.
    public var visitsInPeriod: Int { hotSpots.reduce(0) { $0 + $1.rounds } }
    public var visitsYearToDate: Int { hotSpots.reduce(0) { $0 + $1.roundsYearToDate } }

    /// The line under the rounds table that says why visits and rounds differ; nil when they don't.
    public var visitsNote: ReportText? {
        guard visitsInPeriod != roundsInPeriod || (showsYearToDate && visitsYearToDate != roundsYearToDate) else { return nil }
        return .visitsNote
    }

    /// The report counts the whole year: its day is the year's last, so the year's figures
    /// are final rather than "so far".
    public var yearIsOver: Bool { asOf >= Period.year(year).end }

    /// The heading of the year's figures beside the period's: "Året hittills" while the year
    /// runs, the year's own name ("2023") once it is over.
    public var yearToDateColumn: ReportText { yearIsOver ? .columnPeriod(.year(year)) : .columnYearToDate }

    /// False when the report's day lies before the period's first day: nothing has been
    /// counted yet, so the report says when the period begins and compares nothing.
    public var hasBegun: Bool { asOf >= period.start }

    /// The line under the incident table that says which days were compared, while the
    /// period is in progress; nil for a finished period (whole against whole) or one not begun.
    public var comparisonNote: ReportText? {
        guard hasBegun, comparison.partial, comparison.days > 0 else { return nil }
        return .comparedOver(comparison, period: period, asOf: asOf)
    }
}

/// One focus area with its promises and its incidents per week.
public struct FocusAreaFollowUp: Sendable, Equatable {
    public var area: FocusArea
    public var promises: [PromiseFollowUp]
    /// Incidents at the area's hot spots per week of `FollowUpReport.weeks`. An incident at
    /// a hot spot of several focus areas counts in each of them.
    public var weeklyIncidents: [Int]
}

/// One promise: the period's share of the target and the year so far.
public struct PromiseFollowUp: Sendable, Equatable {
    public var promise: Promise
    public var period: FollowUpProgress
    /// The whole year's target, judged on the report's `asOf`.
    public var yearToDate: FollowUpProgress
}

/// Rounds and incidents at one hot spot.
public struct HotSpotFollowUp: Sendable, Equatable {
    public var hotSpot: HotSpot
    public var rounds: Int
    public var roundsYearToDate: Int
    public var incidents: Int
    /// Incidents in the period before (the previous tertial, or the previous year): the whole
    /// of it, or its first days as `FollowUpReport.comparison` says.
    public var incidentsBefore: Int
    public var trend: Trend
    /// What kind of hot spot it is (`HotSpotClassifier`); nil for none.
    public var kind: HotSpotKind? = nil

    public var change: Int { incidents - incidentsBefore }
}

/// Interventions of one kind.
public struct InterventionFollowUp: Sendable, Equatable {
    public var kind: InterventionKind
    public var count: Int
    public var countYearToDate: Int
    /// The promised number for the period; nil when no promise counts this kind.
    public var target: Int?
}

/// A measure the meetings decided, as it stands now.
public struct MeasureFollowUp: Sendable, Equatable {
    public var measure: Measure
    /// The hot spot's name; nil for a measure not tied to a place.
    public var hotSpotName: String?
    /// Open and past its due date on `asOf`.
    public var overdue: Bool
    /// False for a measure decided before the period that was still open when it began.
    public var decidedInPeriod: Bool
}

/// A hot spot's peak window in the report's period (nil when there is none to name).
public struct SpotPeak: Sendable, Equatable {
    public var hotSpot: HotSpot
    public var peak: PeakWindow?
    public var timed: Int
}
