import Foundation

/// The joint situation picture (gemensam lägesbild) for one period: what the dashboard
/// shows and what `lagesbild summary` prints. Derived from the plan and the records,
/// never stored.
public struct SituationPicture: Sendable, Equatable {
    public var period: Period
    /// The day the picture is taken on: today, or the period's last day for a past period.
    public var asOf: Day
    /// What each hot spot's trend compares: the period so far against the period before.
    public var comparison: TrendComparison
    public var hotSpots: [HotSpotStatus]
    public var promises: [PromiseStatus]
    public var activities: [ActivityStatus]
    /// Open measures, overdue first, then by due date.
    public var openMeasures: [Measure]
    /// Presence at every place in the period (`Dosage`), where the rounds themselves are at hand.
    public var visits: Presence? = nil
}

/// One hot spot's line in the picture.
public struct HotSpotStatus: Sendable, Equatable {
    public var hotSpot: HotSpot
    public var incidents: Int
    /// Incidents in the days of the period before that `SituationPicture.comparison` counts.
    public var incidentsBefore: Int
    public var trend: Trend
    public var rounds: Int
    /// Days from the last round up to `asOf`; nil when no round was ever walked there.
    public var daysSinceLastRound: Int?
    public var overdue: Bool
    public var openMeasures: Int
    public var overdueMeasures: Int
    public var priority: Double
    /// What kind of hot spot it is over the weeks `HotSpotClassifier.weeks` gives; nil for none.
    public var kind: HotSpotKind? = nil
    /// The weeks it was hot in, of `weeksClassified`.
    public var hotWeeks = 0
    public var weeksClassified = 0
}

/// Promise progress: done against target over the promise's evaluation span.
public enum PromiseState: String, Sendable, Equatable {
    /// The target is reached.
    case done = "klart"
    /// At or above the pro-rated expectation.
    case onTrack = "i_fas"
    /// Below the pro-rated expectation.
    case behind = "efter_plan"
}

public struct PromiseStatus: Sendable, Equatable {
    public var promise: Promise
    /// The span counted: the viewed period, widened to the promise's target span when shorter.
    public var span: Period
    public var done: Int
    public var target: Int
    /// The share of the target that should be done by `asOf` if work is spread evenly.
    public var expected: Double
    public var state: PromiseState
}

/// One row of the activity panel: rounds, or interventions of one kind.
public struct ActivityStatus: Sendable, Equatable {
    public var metric: PromiseMetric
    public var count: Int
    /// The promised number for the viewed period; nil when no promise counts this metric.
    public var target: Int?
    /// Counts per ISO week, oldest first, for the sparkline; the last is the week of `asOf`.
    public var weekly: [Int]
}

extension SituationPicture {
    /// Weight of one day without a round in the priority score.
    public static let roundGapWeight = 0.1
    /// Days without a round count up to this cap, so a forgotten place does not drown the incidents.
    public static let roundGapCap = 60
    /// Half-life in days of an incident's weight in the priority score.
    public static let incidentHalfLife = 14.0
    /// How far back incidents weigh in the priority score.
    public static let incidentWindow = 56
}

/// Computes situation pictures from a plan and records.
public struct SituationAnalyzer: Sendable {
    public let plan: Plan
    public let index: RecordIndex

    public init(plan: Plan, ledger: Ledger) {
        self.plan = plan
        self.index = ledger.index  // kept current by the ledger itself
    }

    public init(plan: Plan, index: RecordIndex) {
        self.plan = plan
        self.index = index
    }

    /// The day a picture of `period` is taken on, given the real date.
    public static func asOf(_ period: Period, today: Day) -> Day { min(today, period.end) }

    public func picture(for period: Period, today: Day) -> SituationPicture {
        let asOf = SituationAnalyzer.asOf(period, today: today)
        let kinds = self.kinds(for: period, asOf: asOf)
        let hot = plan.hotSpots.filter(\.active).map { spot in
            var s = status(of: spot, in: period, asOf: asOf)
            kinds.apply(to: &s)
            return s
        }.sorted { ($0.priority, $1.hotSpot.name) > ($1.priority, $0.hotSpot.name) }
        let promises = plan.promises.map { status(of: $0, viewing: period, asOf: asOf) }
        let activities = activityRows(period: period, asOf: asOf)
        let open = index.measures.filter { $0.status.isOpen && $0.decided <= asOf }
            .sorted { a, b in
                let ao = a.isOverdue(on: asOf), bo = b.isOverdue(on: asOf)
                if ao != bo { return ao }
                return (a.due, a.what) < (b.due, b.what)
            }
        return SituationPicture(period: period, asOf: asOf, comparison: TrendComparison(period: period, asOf: asOf), hotSpots: hot, promises: promises,
                                activities: activities, openMeasures: open)
    }

    /// Every followed place's hot weeks and kind for a view of `period` on `asOf`: the
    /// municipality's mean per place is over the places the plan follows.
    public func kinds(for period: Period, asOf: Day) -> HotSpotKinds {
        let weeks = HotSpotClassifier.weeks(for: period, asOf: asOf)
        var counts: [String: [Int]] = [:]
        for spot in plan.hotSpots where spot.active {
            counts[spot.id] = weeks.map { index.incidentCount(at: spot.id, from: $0.start, to: min($0.end, asOf)) }
        }
        return HotSpotKinds(weeks: weeks.count, byPlace: HotSpotClassifier.classify(counts))
    }

    /// Priority score of a hot spot on `asOf`:
    ///
    ///     priority = Σ 0.5^(age / 14)           over incidents at the spot in the last 56 days
    ///              + 0.1 × min(days since last round, 60)   (60 when never walked)
    ///
    /// An incident today weighs 1, one two weeks old 0.5, one eight weeks old 0.06; a place
    /// without a round for two weeks gains 1.4, as much as one fresh and one older incident.
    /// The list is ranked by this number, highest first.
    public func priority(incidentAges: [Int], daysSinceLastRound: Int?) -> Double {
        var score = 0.0
        for age in incidentAges where age >= 0 && age < SituationPicture.incidentWindow {
            score += pow(0.5, Double(age) / SituationPicture.incidentHalfLife)
        }
        let gap = min(daysSinceLastRound ?? SituationPicture.roundGapCap, SituationPicture.roundGapCap)
        score += SituationPicture.roundGapWeight * Double(gap)
        return (score * 10).rounded() / 10
    }

    public func status(of spot: HotSpot, in period: Period, asOf: Day) -> HotSpotStatus {
        let before = TrendComparison(period: period, asOf: asOf)
        let incidentsNow = index.incidentCount(at: spot.id, from: period.start, to: asOf)
        let incidentsBefore = index.incidentCount(at: spot.id, from: before.previous.start, to: before.previousThrough)
        let rounds = index.roundCount(at: spot.id, from: period.start, to: asOf)
        let last = index.lastRound(at: spot.id, onOrBefore: asOf)
        let days = last.map { asOf.days(since: $0) }
        let overdue = days.map { $0 > plan.roundIntervalDays } ?? true
        let measures = index.measures(at: spot.id).filter { $0.status.isOpen && $0.decided <= asOf }
        let windowStart = asOf.adding(days: -(SituationPicture.incidentWindow - 1))
        let ages = index.incidentDays(at: spot.id, from: windowStart, to: asOf).map { asOf.days(since: $0) }
        return HotSpotStatus(hotSpot: spot, incidents: incidentsNow, incidentsBefore: incidentsBefore,
                             trend: Trend(now: incidentsNow, before: incidentsBefore, nowDays: before.days,
                                          beforeDays: before.previousDays), rounds: rounds,
                             daysSinceLastRound: days, overdue: overdue, openMeasures: measures.count,
                             overdueMeasures: measures.filter { $0.isOverdue(on: asOf) }.count,
                             priority: priority(incidentAges: ages, daysSinceLastRound: days))
    }

    /// The span a promise is judged over when `period` is viewed.
    public static func span(of promise: Promise, viewing period: Period) -> Period {
        switch (promise.per, period.kind) {
        case (.tertial, .week): return Period.containing(period.start, kind: .tertial)
        case (.year, .week), (.year, .tertial): return Period.year(period.start.year)
        default: return period
        }
    }

    /// The target of a promise for a span: a tertial target triples over a year; a yearly
    /// target is split over tertials, rounded up so the pace is never understated.
    public static func target(of promise: Promise, over span: Period) -> Int {
        switch (promise.per, span.kind) {
        case (.tertial, .year): return promise.target * 3
        case (.year, .tertial): return (promise.target + 2) / 3
        default: return promise.target
        }
    }

    public func status(of promise: Promise, viewing period: Period, asOf: Day) -> PromiseStatus {
        let span = SituationAnalyzer.span(of: promise, viewing: period)
        let target = SituationAnalyzer.target(of: promise, over: span)
        let upTo = min(asOf, span.end)
        let done = upTo < span.start ? 0 : index.count(promise.metric, from: span.start, to: upTo)
        let elapsed = upTo < span.start ? 0 : upTo.days(since: span.start) + 1
        let expected = Double(target) * Double(elapsed) / Double(span.dayCount)
        let state: PromiseState
        if done >= target { state = .done }
        else if Double(done) >= expected.rounded(.down) { state = .onTrack }
        else { state = .behind }
        return PromiseStatus(promise: promise, span: span, done: done, target: target,
                             expected: (expected * 10).rounded() / 10, state: state)
    }

    /// Target of a metric for the viewed period: the sum over the promises that count it.
    /// A week gets its share of the tertial's or year's target, rounded up.
    public func activityTarget(_ metric: PromiseMetric, period: Period) -> Int? {
        let promises = plan.promises.filter { $0.metric == metric }
        guard !promises.isEmpty else { return nil }
        return promises.reduce(0) { sum, p in
            if period.kind == .week {
                let span = SituationAnalyzer.span(of: p, viewing: period)
                let t = SituationAnalyzer.target(of: p, over: span)
                return sum + Int((Double(t) * 7 / Double(span.dayCount)).rounded(.up))
            }
            return sum + SituationAnalyzer.target(of: p, over: period)
        }
    }

    /// The weeks a sparkline covers: the period's weeks, or the eight weeks up to a viewed
    /// week, ending with the week of `asOf`. While a period is in progress the weeks still to
    /// come are left out, so the newest week drawn is this week (none before the period begins).
    public static func sparklineWeeks(for period: Period, asOf: Day) -> [Period] {
        var weeks: [Period]
        if period.kind == .week {
            weeks = [period]
            while weeks.count < 8 { weeks.insert(weeks[0].previous, at: 0) }
        } else {
            weeks = period.weeks
        }
        return weeks.filter { $0.start <= asOf }
    }

    func activityRows(period: Period, asOf: Day) -> [ActivityStatus] {
        var metrics: [PromiseMetric] = [.rounds]
        for kind in InterventionKind.allCases {
            let metric = PromiseMetric.interventions(kind)
            if plan.promises.contains(where: { $0.metric == metric }) || index.count(metric, from: period.start, to: asOf) > 0 {
                metrics.append(metric)
            }
        }
        let weeks = SituationAnalyzer.sparklineWeeks(for: period, asOf: asOf)
        return metrics.map { metric in
            let weekly = weeks.map { w -> Int in
                let from = max(w.start, period.kind == .week ? w.start : period.start)
                let to = min(w.end, asOf)
                return to < from ? 0 : index.count(metric, from: from, to: to)
            }
            return ActivityStatus(metric: metric, count: asOf < period.start ? 0 : index.count(metric, from: period.start, to: asOf),
                                  target: activityTarget(metric, period: period), weekly: weekly)
        }
    }
}

/// The kinds of a view's places (`SituationAnalyzer.kinds`).
public struct HotSpotKinds: Sendable {
    public var weeks: Int
    public var byPlace: [String: (hot: [Bool], kind: HotSpotKind?)]

    public func apply(to status: inout HotSpotStatus) {
        guard let found = byPlace[status.hotSpot.id] else { return }
        status.kind = found.kind
        status.hotWeeks = found.hot.filter { $0 }.count
        status.weeksClassified = weeks
    }
}
