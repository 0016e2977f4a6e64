/// One fact of the report's short summary, as numbers; the language tables turn each into
/// a sentence, so the Swedish and English summaries say exactly the same thing.
public enum ReportFinding: Sendable, Equatable {
    /// The period has not begun on the report's day: the summary says only this, since
    /// there is nothing to count or to compare yet.
    case notBegun(Period)
    /// How many promises have each status in the period.
    case promises(total: Int, achieved: Int, inProgress: Int, behind: Int, notStarted: Int, missed: Int)
    /// The promises that need attention (efter plan, ej påbörjat or ej nått), by text.
    case needsAttention([String])
    /// Safety rounds walked in the period, against the promised number when there is one.
    case rounds(done: Int, target: Int?, hotSpotsVisited: Int, hotSpots: Int)
    /// Interventions of all kinds in the period.
    case interventions(total: Int)
    /// Incidents at hot spots in the period against the period before: the whole of it, or
    /// while the period is in progress the same number of days from its start.
    case incidents(now: Int, before: Int, comparison: TrendComparison)
    /// The hot spot whose incidents rose the most.
    case largestRise(hotSpot: String, now: Int, before: Int)
    /// Measures decided in the period and where they stand now.
    case measures(decided: Int, done: Int, open: Int, overdue: Int)
}

extension ReportFinding {
    /// The summary of a report, made only from the report's own numbers.
    static func findings(for report: FollowUpReport) -> [ReportFinding] {
        guard report.hasBegun else { return [.notBegun(report.period)] }
        var out: [ReportFinding] = []
        let promises = report.promises.map(\.period.status)
        if !promises.isEmpty {
            out.append(.promises(total: promises.count,
                                 achieved: promises.filter { $0 == .achieved }.count,
                                 inProgress: promises.filter { $0 == .inProgress }.count,
                                 behind: promises.filter { $0 == .behind }.count,
                                 notStarted: promises.filter { $0 == .notStarted }.count,
                                 missed: promises.filter { $0 == .missed }.count))
        }
        let lagging = report.promises.filter { $0.period.status == .behind || $0.period.status == .notStarted || $0.period.status == .missed }
        if !lagging.isEmpty { out.append(.needsAttention(lagging.map(\.promise.text))) }
        let roundTarget = report.promises.filter { $0.promise.metric == .rounds }
            .reduce(nil as Int?) { ($0 ?? 0) + $1.period.target }
        out.append(.rounds(done: report.roundsInPeriod, target: roundTarget,
                           hotSpotsVisited: report.hotSpots.filter { $0.rounds > 0 && $0.hotSpot.active }.count,
                           hotSpots: report.hotSpots.filter(\.hotSpot.active).count))
        out.append(.interventions(total: report.interventions.reduce(0) { $0 + $1.count }))
        out.append(.incidents(now: report.hotSpots.reduce(0) { $0 + $1.incidents },
                              before: report.hotSpots.reduce(0) { $0 + $1.incidentsBefore },
                              comparison: report.comparison))
        // With nothing recorded before (the first year of data) every place "rises"; say nothing.
        let hadBefore = report.hotSpots.contains { $0.incidentsBefore > 0 }
        if hadBefore, let rise = report.hotSpots.filter({ $0.change > 0 })
            .max(by: { ($0.change, $1.hotSpot.name) < ($1.change, $0.hotSpot.name) }) {
            out.append(.largestRise(hotSpot: rise.hotSpot.name, now: rise.incidents, before: rise.incidentsBefore))
        }
        let decided = report.measures.filter(\.decidedInPeriod)
        out.append(.measures(decided: decided.count,
                             done: decided.filter { $0.measure.status == .done }.count,
                             open: decided.filter { $0.measure.status.isOpen }.count,
                             overdue: report.measures.filter(\.overdue).count))
        return out
    }
}
