
/// The period a view opens on: today's tertial when the plan's year holds today, otherwise
/// the last tertial of the plan's year (an archive or the sample folder).
public enum StartPeriod {
    public static func choose(plan: Plan, today: Day) -> Period {
        if today.year == plan.year { return Period.containing(today, kind: .tertial) }
        let lastDay = Period.year(plan.year).end
        return Period.containing(today < lastDay ? Period.year(plan.year).start : lastDay, kind: .tertial)
    }
}

extension Plan {
    /// Whether `period` lies in the plan's year (a week by its ISO year): the plan's targets
    /// are that year's, so the views show no period outside it.
    public func covers(_ period: Period) -> Bool { period.year == year }

    /// `period` when the plan covers it, otherwise the period of the same kind in the plan's
    /// year nearest to it: the year's first before it, the year's last after it.
    public func nearestCovered(_ period: Period) -> Period {
        if covers(period) { return period }
        let first = period.year < year
        switch period.kind {
        case .year: return .year(year)
        case .tertial: return .tertial(year, first ? 1 : 3)!
        case .week: return .week(year, first ? 1 : Period.weeksIn(isoYear: year))!
        }
    }
}
