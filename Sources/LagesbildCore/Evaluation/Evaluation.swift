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
        switch i.kind {
        case .narkotika: return [.narkotika]
        case .trafik: return [.trafik, .buskorning]
        case .vald: return [.vald]
        case .skadegorelse: return [.skadegorelse, .klotter]
        case .bedrageri: return [.bedrageri]
        case .trygghet: return nil
        }
    }
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
    private let locality: [String: String]

    public init(plan: Plan, ledger: Ledger, today: Day, weeks: Int = Evaluator.defaultWeeks) {
        self.plan = plan
        self.ledger = ledger
        self.today = today
        self.weeks = max(1, weeks)
        followed = plan.hotSpots.filter(\.active).map(\.id)
        locality = Dictionary(plan.hotSpots.map { ($0.id, $0.locality) }) { first, _ in first }
        followedLocality = followed.map { [locality] in locality[$0] }
    }

    /// The evaluation of `subject`, against `compare` when given (else every other followed
    /// place not treated in either window and not in the buffer); nil when it has no place.
    public func evaluate(_ subject: EffectSubject, compare: [String]? = nil) -> Evaluation? {
        evaluate(subject, compare: compare, treated: treatedPlaces(around: subject))
    }

    /// The places treated in the windows of `subject`, which depend on its start and kind
    /// only: the places of one day's evaluations are found once.
    private func treatedPlaces(around subject: EffectSubject) -> Set<String> {
        let start = subject.start
        return treatedPlaces(from: start.adding(days: -7 * weeks), to: start.adding(days: 7 * weeks - 1), like: subject)
    }

    private func evaluate(_ subject: EffectSubject, compare: [String]?, treated treatedElsewhere: Set<String>) -> Evaluation? {
        guard let spot = subject.hotSpot, let placeLocality = locality[spot] else { return nil }
        let start = subject.start
        let beforeFrom = start.adding(days: -7 * weeks), beforeTo = start.adding(days: -1)
        let afterFrom = start, afterTo = start.adding(days: 7 * weeks - 1)
        let chosen = compare.map { Set($0) }
        // One pass over the followed places: the buffer is the untreated rest of the same
        // locality (but those chosen to compare with), the comparison everything else untreated.
        var buffer: [String] = [], others: [String] = []
        for (i, id) in followed.enumerated() where id != spot && !treatedElsewhere.contains(id) {
            if followedLocality[i] == placeLocality && !(chosen?.contains(id) ?? false) { buffer.append(id) } else { others.append(id) }
        }
        let comparison = compare ?? others
        let categories = subject.categories
        func count(_ spots: [String], _ from: Day, _ to: Day) -> Int {
            let end = min(to, today)
            guard end >= from else { return 0 }
            if categories == nil { return spots.reduce(0) { $0 + ledger.index.incidentCount(at: $1, from: from, to: end) } }
            // The index's days per place and category: no pass over the incidents.
            return spots.reduce(0) { $0 + ledger.index.incidentCount(at: $1, from: from, to: end, categories: categories!) }
        }
        let counts = EffectCounts(t0: count([spot], beforeFrom, beforeTo), t1: count([spot], afterFrom, afterTo),
                                  c0: count(comparison, beforeFrom, beforeTo), c1: count(comparison, afterFrom, afterTo),
                                  d0: buffer.isEmpty ? nil : count(buffer, beforeFrom, beforeTo),
                                  d1: buffer.isEmpty ? nil : count(buffer, afterFrom, afterTo))
        let passed = today < afterFrom ? 0 : min(weeks, (today.days(since: afterFrom) + 1) / 7)
        let complete = passed >= weeks
        return Evaluation(subject: subject, weeks: weeks, beforeFrom: beforeFrom, beforeTo: beforeTo, afterFrom: afterFrom,
                          afterTo: afterTo, treated: [spot], comparison: comparison, buffer: buffer, counts: counts,
                          weeksPassed: passed, verdict: complete ? EffectRule.verdict(counts) : .running,
                          // Nothing said of the buffer where nothing can be said of the place.
                          bufferChange: complete && EffectRule.verdict(counts) != .tooFew ? EffectRule.buffer(counts) : nil)
    }

    /// Places treated themselves in `from…to`, so neither a fair comparison nor a buffer: a
    /// measure decided there (the meeting's deliberate treatment), and for an intervention
    /// also an intervention of the same kind. Other interventions are the routine every place
    /// gets.
    func treatedPlaces(from: Day, to: Day, like subject: EffectSubject) -> Set<String> {
        if case .intervention(let x) = subject { return ledger.index.treatedPlaces(from: from, to: to, interventions: x.kind) }
        return ledger.index.treatedPlaces(from: from, to: to, interventions: nil)
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
        var treated: [TreatedKey: Set<String>] = [:]
        // By start, place and id; the id's halves compare as its text does, without
        // writing the text out at every comparison.
        return (measures + interventions).sorted { a, b in
            if a.start != b.start { return a.start < b.start }
            let (pa, pb) = (a.hotSpot ?? "", b.hotSpot ?? "")
            return pa != pb ? pa < pb : UUID.textOrdered(a.id, b.id)
        }
            .compactMap { subject in
                let key = SameWindows(subject)
                if let evaluation = known[key] { return evaluation.map { var e = $0; e.subject = subject; return e } }
                let treatedKey = TreatedKey(start: key.start, kind: key.kind)
                let places = treated[treatedKey] ?? treatedPlaces(around: subject)
                treated[treatedKey] = places
                let evaluation = evaluate(subject, compare: nil, treated: places)
                known[key] = evaluation
                return evaluation.map { var e = $0; e.subject = subject; return e }
            }
    }

    /// What the places treated in an evaluation's windows depend on: its start and the kind
    /// of intervention (nil for a measure).
    private struct TreatedKey: Hashable {
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
