/// Every year's plan in one folder. A municipality renews its promises each year, so a
/// view of a period takes the plan of that period's year; a year without a plan is still
/// shown, with everything counted and no targets (`Plan.hasTargets` false).
public struct PlanBook: Sendable, Equatable {
    /// One plan per year, oldest first.
    public private(set) var plans: [Plan]

    /// `plans` in any order; of two plans for one year the first is kept (the reader reports the other).
    public init(_ plans: [Plan]) {
        var seen = Set<Int>()
        self.plans = plans.filter { seen.insert($0.year).inserted }.sorted { $0.year < $1.year }
    }

    public var isEmpty: Bool { plans.isEmpty }
    public var years: [Int] { plans.map(\.year) }
    /// The newest year's plan.
    public var latest: Plan? { plans.last }

    public func plan(forYear year: Int) -> Plan? { plans.first { $0.year == year } }
    public func hasPlan(forYear year: Int) -> Bool { plans.contains { $0.year == year } }

    /// The plan nearest to `year`: its own, else the latest earlier one, else the earliest later one.
    public func nearest(toYear year: Int) -> Plan? {
        plan(forYear: year) ?? plans.last { $0.year < year } ?? plans.first
    }

    /// The plan `year` is viewed with. A year with a plan gets that plan; one without gets
    /// the nearest plan's municipality, focus areas and places, no promises, and
    /// `hasTargets` false. Either way, places that only other years' plans list are added
    /// as inactive, so a retired or renamed place's records in this year stay in view.
    public func effective(forYear year: Int) -> Plan? {
        guard var plan = nearest(toYear: year) else { return nil }
        if plan.year != year {
            plan.year = year
            plan.promises = []
            plan.hasTargets = false
        }
        var ids = Set(plan.hotSpots.map(\.id))
        // Nearest years first, so an id listed in several plans keeps its closest name.
        for other in plans.sorted(by: { abs($0.year - year) < abs($1.year - year) }) {
            for var spot in other.hotSpots where !ids.contains(spot.id) {
                ids.insert(spot.id)
                spot.active = false
                plan.hotSpots.append(spot)
            }
        }
        return plan
    }

    /// The book with the hot spots the journal added (`hotspot` events); each counts from
    /// the year it was added on: a place made a hot spot at a meeting in 2022 is not one in
    /// 2021. The plans themselves stay as their files say.
    public func merging(addedHotSpots added: [AddedHotSpot]) -> PlanBook {
        var merged = self
        merged.journalHotSpots = added
        return merged
    }

    public func merging(_ ledger: Ledger) -> PlanBook {
        merging(addedHotSpots: Array(ledger.addedHotSpots.values))
    }

    /// Hot spots added in the journal.
    public private(set) var journalHotSpots: [AddedHotSpot] = []

    /// The plan a view of `year` shows: `effective(forYear:)` with the journal's hot spots
    /// added in that year or before. Every view goes through here.
    public func viewed(forYear year: Int) -> Plan? {
        effective(forYear: year)?.merging(addedHotSpots: journalHotSpots.filter { $0.added.year <= year })
    }

    public func viewed(for period: Period) -> Plan? { viewed(forYear: period.year) }

    /// Every place of every year, the newest plan's version of each first: for resolving a
    /// hot spot named in a CSV row or on the command line whatever its date.
    public var allHotSpots: Plan? {
        guard var plan = latest else { return nil }
        var ids = Set(plan.hotSpots.map(\.id))
        for other in plans.reversed() {
            for spot in other.hotSpots where !ids.contains(spot.id) {
                ids.insert(spot.id)
                plan.hotSpots.append(spot)
            }
        }
        return plan.merging(addedHotSpots: journalHotSpots)
    }
}

/// The years a view can move through: every year from the first that has a plan or a
/// record to the last that has one. `t` may still go to today outside it.
public struct YearSpan: Sendable, Equatable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    /// The span of `book`'s plans and `recordYears`; nil when there is neither.
    public init?(book: PlanBook, recordYears: [Int]) {
        let all = book.years + recordYears
        guard let lo = all.min(), let hi = all.max() else { return nil }
        self.init(first: lo, last: hi)
    }

    public func contains(_ period: Period) -> Bool { period.year >= first && period.year <= last }

    /// `period` when inside, else the span's nearest period of the same kind.
    public func clamp(_ period: Period) -> Period {
        if contains(period) { return period }
        let year = period.year < first ? first : last
        let early = period.year < first
        switch period.kind {
        case .year: return .year(year)
        case .tertial: return .tertial(year, early ? 1 : 3)!
        case .week: return .week(year, early ? 1 : Period.weeksIn(isoYear: year))!
        }
    }
}
