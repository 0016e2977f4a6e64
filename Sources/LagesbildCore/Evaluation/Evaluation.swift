import Foundation

/// What is evaluated: a decided measure (from its decision date) or an intervention (its date).
public enum EffectSubject: Sendable, Equatable {
    case measure(Measure)
    case intervention(Intervention)

    public var start: Day {
        switch self {
        case .measure(let m): return m.decided
        case .intervention(let i): return i.date
        }
    }

    public var id: UUID {
        switch self {
        case .measure(let m): return m.id
        case .intervention(let i): return i.id
        }
    }

    public var hotSpot: String? {
        switch self {
        case .measure(let m): return m.hotSpot
        case .intervention(let i): return i.hotSpot
        }
    }

    /// The incident categories an intervention of a kind aims at; nil counts every incident
    /// (a measure, which names no focus area, and a general safety intervention).
    public var categories: Set<IncidentCategory>? {
        guard case .intervention(let i) = self else { return nil }
        return Self.aims[i.kind] ?? nil
    }

    /// Made once: an evaluation asks for its categories at every place it counts.
    private static let aims: [InterventionKind: Set<IncidentCategory>?] = [
        .narkotika: [.narkotika], .trafik: [.trafik, .buskorning], .vald: [.vald],
        .skadegorelse: [.skadegorelse, .klotter], .bedrageri: [.bedrageri], .trygghet: nil,
    ]
}

/// One evaluation: the windows, the places and their counts, the figures and the verdict.
public struct Evaluation: Sendable, Equatable {
    public var subject: EffectSubject
    public var weeks: Int
    /// The before-window `start − weeks·7 … start − 1` and the after-window `start … start + weeks·7 − 1`.
    public var beforeFrom: Day, beforeTo: Day, afterFrom: Day, afterTo: Day
    public var treated: [String]
    public var comparison: [String]
    public var buffer: [String]
    public var counts: EffectCounts
    /// Whole weeks of the after-window passed on the evaluation's day; `weeks` when complete.
    public var weeksPassed: Int
    public var verdict: EffectVerdict
    public var bufferChange: BufferChange?

    public var isComplete: Bool { weeksPassed >= weeks }
}

/// Evaluates measures and interventions with the incidents of a ledger and the places of a plan.
public struct Evaluator: Sendable {
    public let plan: Plan
    public let ledger: Ledger
    public let today: Day
    public var weeks: Int

    public static let defaultWeeks = 8

    /// The followed places and each place's locality, looked up once rather than for every
    /// place of every evaluation.
    private let followed: [String]
    private let followedLocality: [String?]
    private let followedIndex: [String: Int]
    private let locality: [String: String]
    /// Each followed place's incident days, all and per category (by `IncidentCategory.ordinal`),
    /// looked up once: an evaluation counts every followed place in both its windows, and
    /// finding each place's lists by its name every time was most of the counting.
    private let followedDays: [SortedDays?]
    private let followedDaysByCategory: [[SortedDays?]]
    /// Each followed place's days of measures decided, and of interventions by kind: what
    /// makes it treated in an evaluation's windows, so neither compared with nor a buffer.
    private let followedMeasureDays: [SortedDays?]
    private let followedInterventionDays: [InterventionKind: [SortedDays?]]

    public init(plan: Plan, ledger: Ledger, today: Day, weeks: Int = Evaluator.defaultWeeks) {
        self.plan = plan
        self.ledger = ledger
        self.today = today
        self.weeks = max(1, weeks)
        followed = plan.hotSpots.filter(\.active).map(\.id)
        locality = Dictionary(plan.hotSpots.map { ($0.id, $0.locality) }) { first, _ in first }
        followedLocality = followed.map { [locality] in locality[$0] }
        followedIndex = Dictionary(followed.enumerated().map { ($1, $0) }) { first, _ in first }
        followedDays = followed.map { [index = ledger.index] in index.incidentDaysBySpot[$0] }
        followedDaysByCategory = followed.map { [index = ledger.index] spot in
            var lists = [SortedDays?](repeating: nil, count: IncidentCategory.allCases.count)
            for (category, days) in index.incidentDaysBySpotAndCategory[spot] ?? [:] { lists[category.ordinal] = days }
            return lists
        }
        followedMeasureDays = followed.map { [index = ledger.index] in index.measureDaysBySpot[$0] }
        followedInterventionDays = ledger.index.interventionDaysBySpot.mapValues { [followed] bySpot in followed.map { bySpot[$0] } }
    }

    /// The evaluation of `subject`, against `compare` when given (else every other followed
    /// place not treated in either window and not in the buffer); nil when it has no place.
    public func evaluate(_ subject: EffectSubject, compare: [String]? = nil) -> Evaluation? {
        evaluate(subject, compare: compare, around: around(subject))
    }

    /// What every evaluation starting on one day with one kind of treatment shares: the
    /// places treated in its windows, and each followed place's incidents in the two windows
    /// (as `followed`). A day's evaluations at several places count each place once.
    private struct Around {
        /// By followed place: treated itself in the windows (`treated(_:from:to:)`).
        var treated: [Bool]
        var before: [Int], after: [Int]
    }

    private func windows(_ start: Day) -> (beforeFrom: Day, beforeTo: Day, afterFrom: Day, afterTo: Day) {
        (start.adding(days: -7 * weeks), start.adding(days: -1), start, start.adding(days: 7 * weeks - 1))
    }

    /// Incidents at `spots` from `from` to `to` (cut at today) of `categories` (nil: all).
    private func count(_ spots: [String], _ from: Day, _ to: Day, of categories: Set<IncidentCategory>?) -> Int {
        let end = min(to, today)
        guard end >= from else { return 0 }
        guard let categories else {
            return spots.reduce(0) { $0 + ledger.index.incidentCount(at: $1, from: from, to: end) }
        }
        // The index's days per place and category: no pass over the incidents.
        return spots.reduce(0) { $0 + ledger.index.incidentCount(at: $1, from: from, to: end, categories: categories) }
    }

    /// Incidents in the before- and after-window (each cut at today) among `days`.
    private func windowCounts(_ days: SortedDays?, _ w: (beforeFrom: Day, beforeTo: Day, afterFrom: Day, afterTo: Day)) -> (Int, Int) {
        guard let days else { return (0, 0) }
        let afterEnd = min(w.afterTo, today)
        guard afterEnd >= w.afterFrom else { return (days.count(from: w.beforeFrom, to: min(w.beforeTo, today)), 0) }
        return days.counts(from: w.beforeFrom, through: w.beforeTo, to: afterEnd)
    }

    /// As `count` for every followed place in both windows, from the lists resolved in
    /// `init`; the categories a subject aims at (nil: all) are added up list by list.
    private func around(_ subject: EffectSubject) -> Around {
        let w = windows(subject.start)
        var before = [Int](repeating: 0, count: followed.count), after = before
        let ordinals = subject.categories.map { $0.map(\.ordinal) }
        for i in followed.indices {
            guard let ordinals else {
                (before[i], after[i]) = windowCounts(followedDays[i], w)
                continue
            }
            for o in ordinals {
                let (b, a) = windowCounts(followedDaysByCategory[i][o], w)
                before[i] += b
                after[i] += a
            }
        }
        return Around(treated: treated(subject, from: w.beforeFrom, to: w.afterTo), before: before, after: after)
    }

    private func evaluate(_ subject: EffectSubject, compare: [String]?, around: Around) -> Evaluation? {
        guard let spot = subject.hotSpot, let placeLocality = locality[spot] else { return nil }
        let (beforeFrom, beforeTo, afterFrom, afterTo) = windows(subject.start)
        let chosen = compare.map { Set($0) }
        // One pass over the followed places: the buffer is the untreated rest of the same
        // locality (but those chosen to compare with), the comparison everything else untreated.
        var buffer: [String] = [], others: [String] = []
        var (d0, d1, o0, o1) = (0, 0, 0, 0)
        for (i, id) in followed.enumerated() where id != spot && !around.treated[i] {
            if followedLocality[i] == placeLocality && !(chosen?.contains(id) ?? false) {
                buffer.append(id)
                (d0, d1) = (d0 + around.before[i], d1 + around.after[i])
            } else {
                others.append(id)
                (o0, o1) = (o0 + around.before[i], o1 + around.after[i])
            }
        }
        let comparison = compare ?? others
        let aim = subject.categories
        let (t0, t1) = followedIndex[spot].map { (around.before[$0], around.after[$0]) }
            ?? (count([spot], beforeFrom, beforeTo, of: aim), count([spot], afterFrom, afterTo, of: aim))
        let (c0, c1) = compare.map { (count($0, beforeFrom, beforeTo, of: aim), count($0, afterFrom, afterTo, of: aim)) } ?? (o0, o1)
        let counts = EffectCounts(t0: t0, t1: t1, c0: c0, c1: c1, d0: buffer.isEmpty ? nil : d0, d1: buffer.isEmpty ? nil : d1)
        let passed = today < afterFrom ? 0 : min(weeks, (today.days(since: afterFrom) + 1) / 7)
        let complete = passed >= weeks
        return Evaluation(subject: subject, weeks: weeks, beforeFrom: beforeFrom, beforeTo: beforeTo, afterFrom: afterFrom,
                          afterTo: afterTo, treated: [spot], comparison: comparison, buffer: buffer, counts: counts,
                          weeksPassed: passed, verdict: complete ? EffectRule.verdict(counts) : .running,
                          // Nothing said of the buffer where nothing can be said of the place.
                          bufferChange: complete && EffectRule.verdict(counts) != .tooFew ? EffectRule.buffer(counts) : nil)
    }

    /// By followed place: treated itself in `from…to`, so neither a fair comparison nor a
    /// buffer: a measure decided there (the meeting's deliberate treatment), and for an
    /// intervention also an intervention of the same kind. Other interventions are the
    /// routine every place gets.
    private func treated(_ subject: EffectSubject, from: Day, to: Day) -> [Bool] {
        var kindDays: [SortedDays?]? = nil
        if case .intervention(let x) = subject { kindDays = followedInterventionDays[x.kind] }
        return followed.indices.map { i in
            followedMeasureDays[i]?.any(from: from, to: to) == true || kindDays?[i]?.any(from: from, to: to) == true
        }
    }

    /// Every measure and intervention at a place that started in `period` (up to today),
    /// oldest first: what the follow-up report's Effekt section evaluates.
    /// `at`: only those at one place (a drill-down), chosen before any is evaluated.
    public func evaluations(startingIn period: Period, at place: String? = nil) -> [Evaluation] {
        let measures = (place.map { ledger.index.measures(at: $0) } ?? ledger.index.measures)
            .filter { period.contains($0.decided) && $0.decided <= today && $0.hotSpot != nil }
            .map(EffectSubject.measure)
        // The period's interventions come from the index, place by place, not from a pass
        // over every intervention of every year.
        let (from, to) = (period.start, min(period.end, today))
        let interventions = (place.map { ledger.interventions(at: $0, from: from, to: to) } ?? ledger.placedInterventions(from: from, to: to))
            .map(EffectSubject.intervention)
        // Subjects of one place, day and kind of treatment have the same windows, places and
        // counts (a busy place has several interventions a day): each is worked out once.
        var known: [SameWindows: Evaluation?] = [:]
        var shared: [AroundKey: Around] = [:]
        // By start, place and id; the id's halves compare as its text does, without
        // writing the text out at every comparison.
        return (measures + interventions).sorted { a, b in
            if a.start != b.start { return a.start < b.start }
            let (pa, pb) = (a.hotSpot ?? "", b.hotSpot ?? "")
            return pa != pb ? pa < pb : UUID.textOrdered(a.id, b.id)
        }
            .compactMap { subject in
                let key = SameWindows(subject)
                let evaluation: Evaluation?
                if let seen = known[key] {
                    evaluation = seen
                } else {
                    let aroundKey = AroundKey(start: key.start, kind: key.kind)
                    let around = shared[aroundKey] ?? self.around(subject)
                    shared[aroundKey] = around
                    evaluation = evaluate(subject, compare: nil, around: around)
                    known[key] = evaluation
                }
                return evaluation.map { var e = $0; e.subject = subject; return e }
            }
    }

    /// What `Around` depends on: the start and the kind of intervention (nil for a measure),
    /// which set the windows, the categories counted and the places treated alike.
    private struct AroundKey: Hashable {
        var start: Day
        var kind: InterventionKind?
    }

    /// What an evaluation depends on besides its subject's identity: the place, the start,
    /// and the kind of intervention (which sets the categories counted and the places
    /// treated alike); nil for a measure.
    private struct SameWindows: Hashable {
        var spot: String?
        var start: Day
        var kind: InterventionKind?
        init(_ subject: EffectSubject) {
            spot = subject.hotSpot
            start = subject.start
            if case .intervention(let i) = subject { kind = i.kind } else { kind = nil }
        }
    }
}
