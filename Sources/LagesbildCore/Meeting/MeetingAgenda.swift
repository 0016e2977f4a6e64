import Foundation

/// What the weekly EST meeting goes through, in agenda order, computed from the plan and
/// the records for the meeting day. Pure: the meeting view and the tests build it the same way.
public struct MeetingAgenda: Sendable, Equatable {
    /// The ISO week the meeting belongs to.
    public var week: Period
    /// The meeting day.
    public var date: Day
    /// The latest meeting held before `date`, if any.
    public var lastMeeting: Meeting?
    /// First day of "since last time": the day after the last meeting, or six days before
    /// `date` when there was none, so the window is then the seven days up to the meeting.
    public var since: Day
    /// 1. Uppföljning: measures decided before today that are still open or ongoing.
    public var followUps: [Measure]
    /// 2. Sedan sist: hot spots with incidents in the window, sharply rising first.
    public var hotSpots: [HotSpotChange]
    /// 2. Sedan sist: free-text places reported lately that are not hot spots.
    public var newPlaces: [NewPlace]
    /// Clusters of positioned incidents away from every hot spot, as places to consider.
    public var clusters: [NewPlace] = []
    /// 3. Rundor: active hot spots whose last round is older than the plan's interval.
    public var overdueRounds: [OverdueRound]
    /// 3. Rundor: rounds walked in the window, oldest first.
    public var roundsSince: [Round]
    /// Partners that reported in the eight weeks before the last two, and not since (`Reporting`).
    public var quietSources: [IncidentSource] = []
    /// When the municipality's incidents of the window and the four weeks before happened.
    public var peak: PeakWindow? = nil
    public var timedIncidents = 0
    /// Done measures whose after-window closed in the four weeks up to the meeting, evaluated.
    public var evaluated: [Evaluation] = []

    /// Days in the "since last time" window, the meeting day included.
    public var windowDays: Int { date.days(since: since) + 1 }
}

/// A count per incident category, largest first.
public struct CategoryCount: Sendable, Equatable {
    public var category: IncidentCategory
    public var count: Int
}

/// One hot spot's incidents since the last meeting against its recent normal.
public struct HotSpotChange: Sendable, Equatable {
    public var hotSpot: HotSpot
    public var count: Int
    public var categories: [CategoryCount]
    /// Incidents per week over the four weeks before the window.
    public var weeklyAverage: Double
    public var risingSharply: Bool
    /// What kind of hot spot it is over the twelve weeks up to the meeting (`HotSpotClassifier`).
    public var kind: HotSpotKind? = nil
}

/// A place named in free text by incidents that matched no hot spot.
public struct NewPlace: Sendable, Equatable {
    /// The place as first written (grouping ignores case and surrounding spaces).
    public var name: String
    public var sinceLast: Int
    /// Incidents there in the four weeks before the window.
    public var previousWeeks: Int
    public var categories: [CategoryCount]
    /// Set for a place found from positions (`ClusterFinder`) rather than from a name.
    public var cluster: IncidentCluster? = nil
}

/// A hot spot due for a round.
public struct OverdueRound: Sendable, Equatable {
    public var hotSpot: HotSpot
    /// Days since the last round; nil when none was ever walked there.
    public var daysSinceLastRound: Int?
}

extension MeetingAgenda {
    /// Weeks the "normal" of a hot spot is averaged over.
    public static let baselineWeeks = 4
    /// The rule for "kraftig ökning", in one place: the window's count against the four
    /// weeks before it by the situation picture's tested trend (`TrendTest`), with the
    /// windows' lengths giving the share (7 days against 28: p = 0.2). One incident after a
    /// quiet month is chance (p = 0.2); two in a week after none is not (p = 0.04).
    public static func risesSharply(count: Int, baseline: Int, windowDays: Int) -> Bool {
        TrendTest.risesSignificantly(count: count, windowDays: windowDays, baseline: baseline, baselineDays: 7 * baselineWeeks)
    }

    /// The agenda for a meeting held on `date`. Hot spots added in the journal count as
    /// hot spots (the plan is merged with them here, whatever the caller passed).
    public static func make(plan filePlan: Plan, ledger: Ledger, date: Day) -> MeetingAgenda {
        let plan = filePlan.merging(ledger)
        let last = ledger.meetings.values.filter { $0.date < date }
            .max { $0.date != $1.date ? $0.date < $1.date : UUID.textOrdered($0.id, $1.id) }
        let since = last.map { $0.date.adding(days: 1) } ?? date.adding(days: -6)
        let baselineStart = since.adding(days: -7 * baselineWeeks)
        let windowDays = date.days(since: since) + 1

        let followUps = ledger.measures.values.filter { $0.status.isOpen && $0.decided < date }.sorted(by: followUpOrder)

        // One pass over the incidents: window and baseline counts per hot spot and per free-text place.
        var window: [String: [IncidentCategory: Int]] = [:]
        var baseline: [String: Int] = [:]
        var placeWindow: [String: [IncidentCategory: Int]] = [:]
        var placeBaseline: [String: Int] = [:]
        var placeName: [String: (day: Day, name: String)] = [:]
        // Each distinct place text is resolved once: a few places name most incidents, and
        // matching one against every hot spot's names and aliases is the costly part.
        let spotIDs = Set(plan.hotSpots.map(\.id))
        var places: [String: (spot: String?, key: String)] = [:]
        // The weeks every part of the agenda looks at, read once from the index (a look-up
        // per incident in the table of all records is most of making the agenda); each part
        // takes its own weeks from the end, in the same day order as its own read would give.
        let quietStart = Reporting.quietWindowStart(asOf: date), clusterStart = ClusterFinder.windowStart(asOf: date)
        // In day order, so each part's weeks are a slice of the read's end, not a copy; the
        // possible duplicates are skipped where they are met.
        let weeks = ledger.incidentsDated(from: min(baselineStart, quietStart, clusterStart), to: date)
        let duplicateOf = ledger.index.duplicateOf
        func counted(from day: Day) -> LazyFilterSequence<ArraySlice<Incident>> {
            weeks.dated(from: day).lazy.filter { duplicateOf.isEmpty || duplicateOf[$0.id] == nil }
        }
        let recent = counted(from: baselineStart)
        for incident in recent {
            let inWindow = incident.date >= since
            // A known hot spot needs no look-up of the place's text.
            let known = incident.hotSpot.flatMap { spotIDs.contains($0) ? $0 : nil }
            let place = known != nil ? (spot: known, key: "") : places[incident.place] ?? {
                let resolved = (plan.resolveHotSpot(incident.place)?.id, incident.place.trimmingCharacters(in: .whitespaces).lowercased())
                places[incident.place] = resolved
                return resolved
            }()
            if let spot = known ?? place.spot {
                if inWindow { window[spot, default: [:]][incident.category, default: 0] += 1 }
                else { baseline[spot, default: 0] += 1 }
                continue
            }
            let key = place.key
            guard incident.hotSpot == nil, !key.isEmpty else { continue }
            if inWindow { placeWindow[key, default: [:]][incident.category, default: 0] += 1 }
            else { placeBaseline[key, default: 0] += 1 }
            if let seen = placeName[key], seen.day <= incident.date { continue }
            placeName[key] = (incident.date, incident.place.trimmingCharacters(in: .whitespaces))
        }

        let hotSpots = plan.hotSpots.filter(\.active).compactMap { spot -> HotSpotChange? in
            guard let categories = window[spot.id] else { return nil }
            let count = categories.values.reduce(0, +)
            let average = Double(baseline[spot.id] ?? 0) / Double(baselineWeeks)
            return HotSpotChange(hotSpot: spot, count: count, categories: sortedCounts(categories), weeklyAverage: average,
                                 risingSharply: risesSharply(count: count, baseline: baseline[spot.id] ?? 0, windowDays: windowDays))
        }.sorted { a, b in
            if a.risingSharply != b.risingSharply { return a.risingSharply }
            return (a.count, b.hotSpot.name) > (b.count, a.hotSpot.name)
        }

        let newPlaces = placeName.map { key, first in
            let categories = placeWindow[key] ?? [:]
            return NewPlace(name: first.name, sinceLast: categories.values.reduce(0, +), previousWeeks: placeBaseline[key] ?? 0,
                            categories: sortedCounts(categories))
        }.sorted(by: newPlaceOrder)

        let index = ledger.index
        // The kind of each place over the twelve weeks up to the meeting, as the picture has it.
        let kinds = SituationAnalyzer(plan: plan, index: index).kinds(for: Period.containing(date, kind: .week), asOf: date)
        let classified = hotSpots.map { change -> HotSpotChange in
            var c = change
            c.kind = kinds.byPlace[change.hotSpot.id]?.kind
            return c
        }
        let overdue = plan.hotSpots.filter(\.active).compactMap { spot -> OverdueRound? in
            let days = index.lastRound(at: spot.id, onOrBefore: date).map { date.days(since: $0) }
            if let days, days <= plan.roundIntervalDays { return nil }
            return OverdueRound(hotSpot: spot, daysSinceLastRound: days)
        }.sorted { ($0.daysSinceLastRound ?? Int.max, $1.hotSpot.name) > ($1.daysSinceLastRound ?? Int.max, $0.hotSpot.name) }

        let rounds = ledger.roundsDated(from: since, to: date)
            .sorted { $0.date != $1.date ? $0.date < $1.date : UUID.textOrdered($0.id, $1.id) }

        var agenda = MeetingAgenda(week: Period.containing(date, kind: .week), date: date, lastMeeting: last, since: since,
                                   followUps: followUps, hotSpots: classified, newPlaces: newPlaces, overdueRounds: overdue,
                                   roundsSince: rounds)
        agenda.quietSources = Reporting.quietSources(weeks.dated(from: quietStart), asOf: date)
        agenda.clusters = ClusterFinder.clusters(counted(from: clusterStart),
                                                 hotSpots: plan.hotSpots, asOf: date).map { cluster in
            NewPlace(name: cluster.placeText.isEmpty ? cluster.nearest.map { "\($0.name) +\($0.metres) m" } ?? "?" : cluster.placeText,
                     sinceLast: cluster.count, previousWeeks: 0, categories: [], cluster: cluster)
        }
        let matrix = TimeMatrix(recent)
        agenda.peak = PeakWindow.find(in: matrix)
        agenda.timedIncidents = matrix.timed
        // Follow-up: did the measures done lately work? Those whose after-window just closed.
        let evaluator = Evaluator(plan: plan, ledger: ledger, today: date)
        agenda.evaluated = ledger.index.measures.filter { m in
            let closes = m.decided.adding(days: 7 * evaluator.weeks - 1)
            return m.status == .done && m.hotSpot != nil && closes < date && closes >= date.adding(days: -28)
        }.compactMap { evaluator.evaluate(.measure($0)) }
        return agenda
    }

    /// Follow-ups in agenda order: by due date, then what.
    static func followUpOrder(_ a: Measure, _ b: Measure) -> Bool {
        if a.due != b.due { return a.due < b.due }
        return a.what != b.what ? a.what < b.what : UUID.textOrdered(a.id, b.id)
    }

    /// New places in agenda order: most reports since last time first, then the weeks before.
    static func newPlaceOrder(_ a: NewPlace, _ b: NewPlace) -> Bool {
        (a.sinceLast, a.previousWeeks, b.name) > (b.sinceLast, b.previousWeeks, a.name)
    }

    static func sortedCounts(_ counts: [IncidentCategory: Int]) -> [CategoryCount] {
        counts.map { CategoryCount(category: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.category) > ($1.count, $0.category) }
    }
}
