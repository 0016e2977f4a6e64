/// The follow-ups of several years on one page: every promise's result per year against
/// that year's own target, rounds and interventions per year, and incidents per focus area
/// per year. What a municipality's "earlier years' follow-ups" list says, made from the data.
public struct MultiYearReport: Sendable, Equatable {
    public var municipality: String
    public var years: [Int]
    /// The day the newest year is counted to (today while it runs).
    public var asOf: Day
    public var promises: [PromiseAcrossYears]
    public var rounds: [Int]
    public var interventions: [(kind: InterventionKind, counts: [Int])]
    public var focusAreas: [(area: FocusArea, incidents: [Int])]
    /// Years without a plan file: counted, without targets.
    public var unplannedYears: [Int]

    public static func == (a: MultiYearReport, b: MultiYearReport) -> Bool {
        a.municipality == b.municipality && a.years == b.years && a.asOf == b.asOf && a.promises == b.promises
            && a.rounds == b.rounds && a.unplannedYears == b.unplannedYears
            && a.interventions.map(\.kind) == b.interventions.map(\.kind) && a.interventions.map(\.counts) == b.interventions.map(\.counts)
            && a.focusAreas.map(\.area) == b.focusAreas.map(\.area) && a.focusAreas.map(\.incidents) == b.focusAreas.map(\.incidents)
    }
}

/// One promise (by id) through the years; nil in a year whose plan did not have it.
public struct PromiseAcrossYears: Sendable, Equatable {
    public var id: String
    /// The newest wording.
    public var text: String
    public var results: [FollowUpProgress?]
}

extension MultiYearReport {
    /// The report of `first…last`, each year judged over the whole year (a tertial target
    /// tripled), the year in progress up to `today`.
    public static func make(plans: PlanBook, ledger: Ledger, first: Int, last: Int, today: Day) -> MultiYearReport {
        let book = plans.merging(ledger), index = ledger.index
        let years = Array(min(first, last)...max(first, last))
        let yearPlans = years.map { book.viewed(forYear: $0)! }

        // Promise rows in the newest plan's order, then those only earlier years had.
        var order: [String] = [], texts: [String: String] = [:]
        for plan in yearPlans.reversed() where plan.hasTargets {
            for p in plan.promises where texts[p.id] == nil { order.append(p.id); texts[p.id] = p.text }
        }
        let promises = order.map { id in
            PromiseAcrossYears(id: id, text: texts[id]!, results: zip(years, yearPlans).map { year, plan in
                plan.promises.first { $0.id == id }.map { promise in
                    FollowUpReport.progress(of: promise, over: .year(year), asOf: min(today, Period.year(year).end), index: index)
                }
            })
        }
        func count(_ metric: PromiseMetric, _ year: Int) -> Int {
            let span = Period.year(year), to = min(today, span.end)
            return to < span.start ? 0 : index.count(metric, from: span.start, to: to)
        }
        let kinds = InterventionKind.allCases.compactMap { kind -> (kind: InterventionKind, counts: [Int])? in
            let counts = years.map { count(.interventions(kind), $0) }
            return counts.contains { $0 > 0 } ? (kind, counts) : nil
        }
        // Focus areas of every year, newest first by id; each year counts its own plan's places.
        var areas: [FocusArea] = []
        for plan in yearPlans.reversed() { for a in plan.focusAreas where !areas.contains(where: { $0.id == a.id }) { areas.append(a) } }
        let incidents = areas.map { area -> (area: FocusArea, incidents: [Int]) in
            (area, zip(years, yearPlans).map { year, plan in
                let span = Period.year(year), to = min(today, span.end)
                return plan.hotSpots.filter { $0.focusAreas.contains(area.id) }
                    .reduce(0) { $0 + index.incidentCount(at: $1.id, from: span.start, to: to) }
            })
        }
        return MultiYearReport(municipality: yearPlans.last!.municipality, years: years,
                               asOf: min(today, Period.year(years.last!).end), promises: promises,
                               rounds: years.map { count(.rounds, $0) }, interventions: kinds, focusAreas: incidents,
                               unplannedYears: years.filter { !book.hasPlan(forYear: $0) })
    }

    /// The report as tables in `language`.
    public func tables(language L: Language) -> [ReportTable] {
        func Y(_ t: YearText) -> String { L(.years(t)) }
        let heads = years.map { Y(.column(.year($0))) }
        let numeric = Set(1...years.count)
        let promiseRows = promises.map { p in
            [p.text] + p.results.map { r in r.map { "\($0.done)/\($0.target) " + L(.report(.status($0.status))) } ?? "–" }
        }
        var activityRows = [[Y(.rounds)] + rounds.map(String.init)]
        activityRows += interventions.map { [L(.interventionKind($0.kind))] + $0.counts.map(String.init) }
        let unplanned = unplannedYears.map { Y(.multiNoPlan($0)) }.joined(separator: ", ")
        return [
            ReportTable(heading: Y(.multiPromises), header: [Y(.columnPromise)] + heads, rows: promiseRows, numeric: [],
                        note: Y(.multiNotePromises) + (unplanned.isEmpty ? "" : " (" + unplanned + ")")),
            ReportTable(heading: Y(.multiActivities), header: [Y(.columnWhat)] + heads, rows: activityRows, numeric: numeric,
                        note: Y(.roundsNote)),
            ReportTable(heading: Y(.multiIncidents), header: [Y(.columnArea)] + heads,
                        rows: focusAreas.map { [$0.area.name] + $0.incidents.map(String.init) }, numeric: numeric),
        ]
    }

    public func renderText(language L: Language, width: Int = 80) -> String {
        var out = WordWrap.lines(L(.years(.multiTitle(municipality: municipality, first: years.first!, last: years.last!))),
                                 width: width, indent: "")
        out.append(L(.report(.asOf(asOf))))
        for table in tables(language: L) { out += [""] + table.textLines(width: width) }
        return out.joined(separator: "\n") + "\n"
    }

    public func renderMarkdown(language L: Language) -> String {
        var out = ["# " + ReportMarkdownRenderer.escape(L(.years(.multiTitle(municipality: municipality, first: years.first!, last: years.last!)))),
                   "", ReportMarkdownRenderer.escape(L(.report(.asOf(asOf))))]
        for table in tables(language: L) { out += table.markdown(level: "##") }
        out += ["", "*" + ReportMarkdownRenderer.escape(L(.years(.multiFooter(asOf)))) + "*"]
        return out.joined(separator: "\n") + "\n"
    }

    /// One page in the follow-up report's shell, with a chart of incidents per focus area per year.
    public func renderHTML(language L: Language) -> String {
        let title = L(.years(.multiTitle(municipality: municipality, first: years.first!, last: years.last!)))
        var w = MarkupWriter()
        w.element("h1", [], title); w.newline()
        w.element("p", [("class", "meta")], L(.report(.asOf(asOf)))); w.newline()
        let tables = tables(language: L)
        for (i, table) in tables.enumerated() {
            if i == 2 {
                let series = focusAreas.enumerated().map { n, a in
                    SVGLineChart.Series(name: a.area.name, values: a.incidents,
                                        color: ReportHTMLRenderer.palette[n % ReportHTMLRenderer.palette.count])
                }
                let chart = SVGLineChart(title: L(.years(.multiChart)), xLabels: years.map(String.init), series: series,
                                         xTitle: "").render()
                w.within("figure") { w in
                    w.element("figcaption", [], L(.years(.multiChart))); w.newline()
                    w.insert(chart)
                }
                w.newline()
            }
            table.html(&w, headingTag: "h2")
        }
        w.element("footer", [], L(.years(.multiFooter(asOf))))
        return HTMLDocument(title: title, language: L, body: w.result).render()
    }
}
