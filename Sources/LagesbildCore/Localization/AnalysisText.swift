/// Texts of the analysis: hot-spot kinds, the time pattern, presence and reporting partners.
public enum AnalysisText: Sendable, Equatable {
    /// `oftast fre–lör 21–03 (12 av 30 med klockslag)`
    case peak(PeakWindow, timed: Int)
    /// No block holds 40 %, or too few incidents have a time.
    case noPeak(timed: Int)
    case kind(HotSpotKind)
    /// The one-letter mark of a kind in the hot-spot panel.
    case kindMark(HotSpotKind)
    /// `Typ: ihållande (het 10 av 12 veckor)`, or no kind.
    case kindLine(HotSpotKind?, hotWeeks: Int, weeks: Int)
    /// Weekday 0 = Monday, short.
    case weekdayShort(Int)
    /// The matrix' heading and the note on incidents without a time.
    case matrixTitle
    /// `När`: the peak window's label in a drill-down.
    case when
    case untimed(Int)
    /// The `?` legend line of the kinds' marks.
    case kindLegend
    /// The report's column head and the one-line rule.
    case columnKind
    case kindRule
    /// `Närvaro: 5 besök · 95 min (2 uppskattade) · 1,2/vecka (mål 2) · 1 under 10 min`
    case presenceLine(Presence)
    /// The activities panel's row: visits of 10 minutes or more.
    case effectiveLabel
    case percent(Double)
    /// The report's presence table.
    case presenceTitle
    case columnVisits, columnMinutes, columnPerWeek, columnAim, columnShort
    case presenceRule
    /// Reports per source.
    case sourcesTitle, columnSource
    /// The meeting: partners quiet for two weeks though they reported before.
    case quietSources([IncidentSource])
}
