extension FollowUpReport {
    /// The report of `period` with the plan of its year (one without targets when the year
    /// has none) and the same period a year earlier beside it.
    public static func make(plans: PlanBook, ledger: Ledger, period: Period, today: Day) -> FollowUpReport {
        let merged = plans.merging(ledger)
        var report = make(plans: merged, index: ledger.index, period: period, today: today)
        report.complete(ledger, mergedPlans: merged, today: today)
        return report
    }

    /// What the index counts alone: promises, rounds, interventions, incidents with their
    /// trends and kinds, measures and last year. The dashboard shows this at once and has
    /// `completed` done beside it, since that part reads the period's records one by one.
    public static func head(plans: PlanBook, ledger: Ledger, period: Period, today: Day) -> FollowUpReport {
        make(plans: plans.merging(ledger), index: ledger.index, period: period, today: today)
    }

    /// `head`'s report with the rest added: when incidents happened, presence, who reports
    /// and effect. `head` followed by this is `make`, field for field.
    public func completed(_ ledger: Ledger, plans: PlanBook, today: Day) -> FollowUpReport {
        var report = self
        report.complete(ledger, mergedPlans: plans.merging(ledger), today: today)
        return report
    }

    private mutating func complete(_ ledger: Ledger, mergedPlans: PlanBook, today: Day) {
        addTimes(ledger)
        if let plan = mergedPlans.viewed(for: period) { addEffects(ledger, plan: plan, today: today) }
    }

    /// When: every incident of the period with a time, and each hot spot's own peak window.
    mutating func addTimes(_ ledger: Ledger) {
        // The period's and its year's incidents, read from the index once: a look-up per
        // incident in the table of all records is most of making the report.
        // They come in day order, so the period's and the year's are the read's ends.
        let yearStart = Period.year(period.year).start
        let read = ledger.incidentsDated(from: min(period.start, yearStart), to: asOf)
        let duplicateOf = ledger.index.duplicateOf
        let inPeriod = read.dated(from: period.start)
        let incidents = duplicateOf.isEmpty ? Array(inPeriod) : inPeriod.filter { duplicateOf[$0.id] == nil }
        timeMatrix = TimeMatrix(incidents)
        let bySpot = Dictionary(grouping: incidents.filter { $0.hotSpot != nil }, by: { $0.hotSpot! })
        peaks = hotSpots.compactMap { s in
            guard let own = bySpot[s.hotSpot.id] else { return nil }
            let matrix = TimeMatrix(own)
            return matrix.timed > 0 ? SpotPeak(hotSpot: s.hotSpot, peak: PeakWindow.find(in: matrix), timed: matrix.timed) : nil
        }
        // Presence: how often and how long the rounds stayed at each hot spot.
        // Each place's own rounds from the index, not every round of the period for each place.
        presence = hotSpots.map { s in
            let rounds = ledger.rounds(at: s.hotSpot.id, from: period.start, to: asOf)
            return (s.hotSpot, Dosage.presence(at: s.hotSpot.id, rounds: rounds, from: period.start, to: asOf, target: s.hotSpot.weeklyVisitTarget))
        }
        // Who reports: per source and tertial of the year up to this period.
        sourceSpans = (1...3).compactMap { Period.tertial(period.year, $0) }.filter { $0.start <= min(asOf, period.end) }
        sources = Reporting.perSource(read.dated(from: yearStart), spans: sourceSpans, asOf: asOf)
    }

    /// Effect: every measure and intervention at a place that started in the period, those
    /// whose windows are complete with their verdicts and those still running.
    mutating func addEffects(_ ledger: Ledger, plan: Plan, today: Day) {
        evaluations = Evaluator(plan: plan, ledger: ledger, today: today).evaluations(startingIn: period)
    }

    /// The Effekt section as one table: a row per evaluation, complete ones first with their
    /// counts, figures and verdict, then those still running.
    public func effectTable(language L: Language) -> ReportTable {
        func E(_ t: EffectText) -> String { L(.effect(t)) }
        let names = Dictionary(hotSpots.map { ($0.hotSpot.id, $0.hotSpot.name) }, uniquingKeysWith: { a, _ in a })
        // Those too small to judge are counted in the note, not listed: a row each would bury the rest.
        let judged = evaluations.filter { $0.verdict != .tooFew }
        let tooFew = evaluations.count - judged.count
        let ordered = judged.filter(\.isComplete) + judged.filter { !$0.isComplete }
        let rows = ordered.map { e -> [String] in
            let c = e.counts
            let what: String
            switch e.subject {
            case .measure(let m): what = m.what
            case .intervention(let i): what = L(.interventionKind(i.kind))
            }
            let figures = e.isComplete && e.verdict != .tooFew
                ? EffectNumber.format(c.wdd, decimals: 1, comma: L == .sv) + " / " + EffectNumber.format(c.se, decimals: 1, comma: L == .sv) : "–"
            var verdict = E(.verdictShort(e.verdict, weeksPassed: e.weeksPassed, weeks: e.weeks))
            if let b = e.bufferChange { verdict += ", " + E(.bufferShort(b)) }
            return [e.subject.start.iso, names[e.treated.first ?? ""] ?? (e.treated.first ?? "–"), what,
                    "\(c.t0) → \(c.t1)", "\(c.c0) → \(c.c1)", c.d0.map { "\($0) → \(c.d1 ?? 0)" } ?? "–", figures, verdict]
        }
        return ReportTable(heading: E(.heading), header: [E(.columnStart), L(.report(.columnHotSpot)), E(.columnWhat), E(.columnPlace),
                                                         E(.columnComparison), E(.columnNearby), "WDD / SE", E(.columnVerdict)],
                           rows: rows, numeric: [],
                           note: evaluations.isEmpty ? E(.noneToEvaluate) : (tooFew > 0 ? E(.tooFewCount(tooFew)) + " " : "") + E(.rule))
    }

    /// The presence and reporting tables, in `language`.
    public func analysisTables(language L: Language) -> [ReportTable] {
        func A(_ t: AnalysisText) -> String { L(.analysis(t)) }
        func one(_ v: Double) -> String {
            let tenths = Int((v * 10).rounded())
            return "\(tenths / 10)\(L == .sv ? "," : ".")\(abs(tenths % 10))"
        }
        let presenceRows = presence.filter { $0.presence.visits > 0 || $0.hotSpot.weeklyVisitTarget != nil }.map { row -> [String] in
            let p = row.presence
            return [row.hotSpot.name, String(p.visits), String(p.minutes) + (p.estimatedVisits > 0 ? "*" : ""), one(p.visitsPerWeek),
                    p.target.map(String.init) ?? "–", String(p.shortVisits)]
        }
        var out = [ReportTable(heading: A(.presenceTitle),
                               header: [L(.report(.columnHotSpot)), A(.columnVisits), A(.columnMinutes), A(.columnPerWeek), A(.columnAim), A(.columnShort)],
                               rows: presenceRows, numeric: [1, 2, 3, 4, 5], note: A(.presenceRule))]
        let spanHeads = sourceSpans.map { L(.years(.column($0))) }
        out.append(ReportTable(heading: A(.sourcesTitle), header: [A(.columnSource)] + spanHeads,
                               rows: sources.map { [L(.incidentSource($0.source))] + $0.counts.map(String.init) },
                               numeric: Set(1...max(1, sourceSpans.count))))
        return out
    }

    /// As above with an index already built; `plans` already carries the journal's hot spots.
    public static func make(plans: PlanBook, index: RecordIndex, period requested: Period, today: Day) -> FollowUpReport {
        let period = requested.kind == .week ? Period.containing(requested.start, kind: .tertial) : requested
        guard let plan = plans.viewed(for: period) else { preconditionFailure("a report needs a plan book with a plan") }
        var report = make(plan: plan, index: index, period: period, today: today)
        report.hasTargets = plan.hasTargets
        report.lastYear = YearOverYear.make(plans: plans, plan: plan, period: period, asOf: report.asOf, index: index)
        return report
    }

    /// The report of `period` from the plan and the ledger, as the data stand on `today`.
    /// A week is widened to its tertial: the follow-up is published per tertial and year.
    public static func make(plan: Plan, ledger: Ledger, period: Period, today: Day) -> FollowUpReport {
        var report = make(plan: plan, index: RecordIndex(ledger: ledger), period: period, today: today)
        report.addTimes(ledger)
        report.addEffects(ledger, plan: plan, today: today)
        return report
    }

    /// As `make(plan:ledger:…)`, sharing an index already built (the dashboard keeps one),
    /// so the report counts with exactly the queries the situation picture uses.
    public static func make(plan: Plan, index: RecordIndex, period requested: Period, today: Day) -> FollowUpReport {
        let period = requested.kind == .week ? Period.containing(requested.start, kind: .tertial) : requested
        let analyzer = SituationAnalyzer(plan: plan, index: index)
        let asOf = SituationAnalyzer.asOf(period, today: today)
        let year = Period.year(period.year)
        let weeks = SituationAnalyzer.sparklineWeeks(for: period, asOf: asOf)

        let areas = plan.focusAreas.map { area -> FocusAreaFollowUp in
            let promises = plan.promises.filter { $0.focusArea == area.id }.map { promise in
                PromiseFollowUp(promise: promise,
                                period: progress(of: promise, over: period, asOf: asOf, index: index),
                                yearToDate: progress(of: promise, over: year, asOf: asOf, index: index))
            }
            let spots = plan.hotSpots.filter { $0.focusAreas.contains(area.id) }.map(\.id)
            let weekly = weeks.map { week -> Int in
                let from = max(week.start, period.start), to = min(week.end, asOf)
                return spots.reduce(0) { $0 + index.incidentCount(at: $1, from: from, to: to) }
            }
            return FocusAreaFollowUp(area: area, promises: promises, weeklyIncidents: weekly)
        }

        // Retired hot spots stay in the report while they have something to show for the period.
        let spotKinds = analyzer.kinds(for: period, asOf: asOf)
        let spots = plan.hotSpots.compactMap { spot -> HotSpotFollowUp? in
            let status = analyzer.status(of: spot, in: period, asOf: asOf)
            guard spot.active || status.rounds > 0 || status.incidents > 0 || status.incidentsBefore > 0 else { return nil }
            return HotSpotFollowUp(hotSpot: spot, rounds: status.rounds,
                                   roundsYearToDate: index.roundCount(at: spot.id, from: year.start, to: asOf),
                                   incidents: status.incidents, incidentsBefore: status.incidentsBefore,
                                   trend: status.trend, kind: spotKinds.byPlace[spot.id]?.kind)
        }

        let kinds = InterventionKind.allCases.compactMap { kind -> InterventionFollowUp? in
            let metric = PromiseMetric.interventions(kind)
            let count = count(metric, period, asOf, index)
            let target = analyzer.activityTarget(metric, period: period)
            guard count > 0 || target != nil else { return nil }
            return InterventionFollowUp(kind: kind, count: count, countYearToDate: self.count(metric, year, asOf, index),
                                        target: target)
        }

        var report = FollowUpReport(
            municipality: plan.municipality, year: period.year, period: period, asOf: asOf, weeks: weeks,
            comparison: TrendComparison(period: period, asOf: asOf),
            focusAreas: areas, hotSpots: spots,
            roundsInPeriod: count(.rounds, period, asOf, index), roundsYearToDate: count(.rounds, year, asOf, index),
            interventions: kinds, measures: measures(plan: plan, index: index, period: period, asOf: asOf), findings: [])
        report.findings = ReportFinding.findings(for: report)
        report.outline = plan.outline
        return report
    }

    /// Done against target over `span` up to `asOf`, with the same counting and pro-rating as
    /// `SituationAnalyzer.status(of:viewing:asOf:)`; only the span is chosen here, because the
    /// follow-up shows a yearly promise's share of the tertial as well as the whole year.
    /// A span that is over on `asOf` is judged final: reached or not (`ej nått`).
    static func progress(of promise: Promise, over span: Period, asOf: Day, index: RecordIndex) -> FollowUpProgress {
        let target = SituationAnalyzer.target(of: promise, over: span)
        let upTo = min(asOf, span.end)
        let started = upTo >= span.start
        let done = started ? index.count(promise.metric, from: span.start, to: upTo) : 0
        let elapsed = started ? upTo.days(since: span.start) + 1 : 0
        let expected = Double(target) * Double(elapsed) / Double(span.dayCount)
        return FollowUpProgress(span: span, done: done, target: target, expected: (expected * 10).rounded() / 10,
                                status: FollowUpStatus.judge(done: done, target: target, expected: expected, started: started,
                                                             finished: asOf >= span.end))
    }

    static func count(_ metric: PromiseMetric, _ span: Period, _ asOf: Day, _ index: RecordIndex) -> Int {
        let upTo = min(asOf, span.end)
        return upTo < span.start ? 0 : index.count(metric, from: span.start, to: upTo)
    }

    /// Measures decided in the period, then those decided earlier that are still open
    /// (carried over), each group by due date; none decided after `asOf`, so a period not
    /// yet begun lists only what was decided up to the report's day. The status is the current one: the journal
    /// keeps a measure's history, but the follow-up reports where it stands.
    static func measures(plan: Plan, index: RecordIndex, period: Period, asOf: Day) -> [MeasureFollowUp] {
        let decided = index.measures.filter { period.contains($0.decided) && $0.decided <= asOf }
        let carried = index.measures.filter { $0.decided < period.start && $0.decided <= asOf && $0.status.isOpen }
        func line(_ m: Measure, _ inPeriod: Bool) -> MeasureFollowUp {
            MeasureFollowUp(measure: m, hotSpotName: m.hotSpot.map { plan.hotSpot(id: $0)?.name ?? $0 },
                            overdue: m.isOverdue(on: asOf), decidedInPeriod: inPeriod)
        }
        return decided.map { line($0, true) } + carried.map { line($0, false) }
    }
}
