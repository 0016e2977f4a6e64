/// The period a view opens on when none is asked for.
public enum StartPeriod {
    /// Today's period when a plan covers today's year; else the period of the newest record
    /// (`latestData` true, so the view can say why it is not today's); else the newest plan's
    /// year: its last period, or its first when the year lies ahead.
    public static func choose(plans: PlanBook?, index: RecordIndex, today: Day,
                              kind: PeriodKind = .tertial) -> (period: Period, latestData: Bool) {
        if plans?.hasPlan(forYear: today.year) ?? false { return (Period.containing(today, kind: kind), false) }
        if let last = index.lastRecordDay {
            return (Period.containing(min(last, today), kind: kind), last.year != today.year)
        }
        guard let plan = plans?.latest else { return (Period.containing(today, kind: kind), false) }
        if plan.year > today.year { return (Period.containing(Day(year: plan.year, month: 1, day: 1)!, kind: kind), false) }
        return (Period.containing(Day(year: plan.year, month: 12, day: 31)!, kind: kind), false)
    }
}
