
/// The period a view opens on: today's tertial when the plan's year holds today, otherwise
/// the last tertial of the plan's year (an archive or the sample folder).
public enum StartPeriod {
    public static func choose(plan: Plan, today: Day) -> Period {
        if today.year == plan.year { return Period.containing(today, kind: .tertial) }
        let lastDay = Period.year(plan.year).end
        return Period.containing(today < lastDay ? Period.year(plan.year).start : lastDay, kind: .tertial)
    }
}
