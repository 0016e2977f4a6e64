/// A tertial or a year set beside the same period a year earlier: what the published
/// follow-ups compare ("2022 T3: 24 rundor, 2023 T3: 26"). Counted over the same days:
/// a whole period against the whole period a year before, or while it is in progress its
/// days so far against as many days from the start of the earlier one.
public struct YearOverYear: Sendable, Equatable {
    /// The same kind of period, one year earlier.
    public var period: Period
    /// The last day of `period` counted.
    public var through: Day
    public var promises: [PromiseThenNow]
    public var rounds: ThenNow
    public var interventions: [(kind: InterventionKind, counts: ThenNow)]
    public var focusAreas: [(area: FocusArea, incidents: ThenNow)]
    public var hotSpots: [(hotSpot: HotSpot, incidents: ThenNow)]

    public static func == (a: YearOverYear, b: YearOverYear) -> Bool {
        a.period == b.period && a.through == b.through && a.promises == b.promises && a.rounds == b.rounds
            && a.interventions.map(\.kind) == b.interventions.map(\.kind) && a.interventions.map(\.counts) == b.interventions.map(\.counts)
            && a.focusAreas.map(\.area) == b.focusAreas.map(\.area) && a.focusAreas.map(\.incidents) == b.focusAreas.map(\.incidents)
            && a.hotSpots.map(\.hotSpot) == b.hotSpots.map(\.hotSpot) && a.hotSpots.map(\.incidents) == b.hotSpots.map(\.incidents)
    }
}

/// A count now and a year earlier, with the report's trend rule between them.
public struct ThenNow: Sendable, Equatable {
    public var then: Int
    public var now: Int
    public var trend: Trend { Trend(now: now, before: then) }

    public init(then: Int, now: Int) {
        self.then = then
        self.now = now
    }
}

/// One of this year's promises, with what the promise of the same id did a year earlier
/// (its own target then, when last year's plan had it).
public struct PromiseThenNow: Sendable, Equatable {
    public var promise: Promise
    public var now: FollowUpProgress
    /// Done a year earlier by this promise's measure.
    public var thenDone: Int
    /// Last year's target and status; nil when last year's plan had no promise of this id.
    public var thenTarget: Int?
    public var thenStatus: FollowUpStatus?
}

extension YearOverYear {
    /// The comparison for a report of `period` counted up to `asOf`; nil when the period a
    /// year earlier holds no incident, round or intervention (nothing to compare with).
    static func make(plans: PlanBook, plan: Plan, period: Period, asOf: Day, index: RecordIndex) -> YearOverYear? {
        guard period.kind != .week, asOf >= period.start else { return nil }
        let earlier: Period = period.kind == .year ? .year(period.year - 1) : .tertial(period.year - 1, period.index)!
        let days = min(asOf, period.end).days(since: period.start) + 1
        let through = asOf < period.end ? min(earlier.end, earlier.start.adding(days: days - 1)) : earlier.end
        let thenPlan = plans.viewed(forYear: earlier.year) ?? plan

        func incidents(_ spots: [String], _ from: Day, _ to: Day) -> Int {
            spots.reduce(0) { $0 + index.incidentCount(at: $1, from: from, to: to) }
        }
        let allSpots = Array(Set(plan.hotSpots.map(\.id) + thenPlan.hotSpots.map(\.id)))
        let anyThen = incidents(allSpots, earlier.start, through) + index.count(.rounds, from: earlier.start, to: through)
            + InterventionKind.allCases.reduce(0) { $0 + index.count(.interventions($1), from: earlier.start, to: through) }
        guard anyThen > 0 else { return nil }

        let promises = plan.promises.map { promise -> PromiseThenNow in
            let span = SituationAnalyzer.span(of: promise, viewing: period)
            let now = FollowUpReport.progress(of: promise, over: span, asOf: asOf, index: index)
            let thenSpan: Period = span.kind == .year ? .year(span.year - 1) : .tertial(span.year - 1, span.index)!
            let thenPromise = plans.plan(forYear: earlier.year)?.promises.first { $0.id == promise.id }
            let counted = thenPromise ?? promise
            let then = FollowUpReport.progress(of: counted, over: thenSpan, asOf: through, index: index)
            return PromiseThenNow(promise: promise, now: now, thenDone: then.done,
                                  thenTarget: thenPromise == nil ? nil : then.target,
                                  thenStatus: thenPromise == nil ? nil : then.status)
        }
        let rounds = ThenNow(then: index.count(.rounds, from: earlier.start, to: through),
                             now: index.count(.rounds, from: period.start, to: asOf))
        let kinds = InterventionKind.allCases.compactMap { kind -> (kind: InterventionKind, counts: ThenNow)? in
            let metric = PromiseMetric.interventions(kind)
            let counts = ThenNow(then: index.count(metric, from: earlier.start, to: through),
                                 now: index.count(metric, from: period.start, to: asOf))
            return counts.then + counts.now > 0 ? (kind, counts) : nil
        }
        // A focus area's places are this year's plan's for now and last year's for then.
        let areas = plan.focusAreas.map { area -> (area: FocusArea, incidents: ThenNow) in
            let nowSpots = plan.hotSpots.filter { $0.focusAreas.contains(area.id) }.map(\.id)
            let thenSpots = thenPlan.hotSpots.filter { $0.focusAreas.contains(area.id) }.map(\.id)
            return (area, ThenNow(then: incidents(thenSpots, earlier.start, through), now: incidents(nowSpots, period.start, asOf)))
        }
        let spots = plan.hotSpots.compactMap { spot -> (hotSpot: HotSpot, incidents: ThenNow)? in
            let counts = ThenNow(then: index.incidentCount(at: spot.id, from: earlier.start, to: through),
                                 now: index.incidentCount(at: spot.id, from: period.start, to: asOf))
            return spot.active || counts.then + counts.now > 0 ? (spot, counts) : nil
        }
        return YearOverYear(period: earlier, through: through, promises: promises, rounds: rounds,
                            interventions: kinds, focusAreas: areas, hotSpots: spots)
    }
}
