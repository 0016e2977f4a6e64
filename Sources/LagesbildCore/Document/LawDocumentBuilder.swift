/// Everything a document is made from: the folder's plans and records, what could not be
/// read, the survey values and the municipality's own texts.
public struct LawDocumentInput: Sendable {
    public var plans: PlanBook
    public var ledger: Ledger
    public var year: Int
    public var today: Day
    public var surveys: [SurveyValue] = []
    public var surveyFolder = "surveys"
    /// The municipality's own sections, in file order, and the file they came from.
    public var texts: [OwnText] = []
    public var textsFile = "texts/lagesbild-YYYY.md"
    /// Problems found reading the folder: unreadable files are named in *Underlag*.
    public var diagnostics: [Diagnostic] = []

    public init(plans: PlanBook, ledger: Ledger, year: Int, today: Day) {
        self.plans = plans
        self.ledger = ledger
        self.year = year
        self.today = today
    }

    /// Surveys and texts as the folder has them.
    public mutating func add(_ material: DocumentMaterial) {
        surveys = material.surveys
        surveyFolder = material.surveyFolder
        texts = material.texts
        textsFile = material.textsFile
    }
}

/// Makes the document. Every number comes from the builders the other outputs use: the
/// year's follow-up report (`report --period YEAR`), the multi-year report (`report
/// --years`), the evaluations (`effect`), so the document and those commands always agree.
public struct LawDocumentBuilder {
    let input: LawDocumentInput
    let L: Language
    let report: FollowUpReport
    let multi: MultiYearReport
    let years: [Int]
    let asOf: Day
    let plan: Plan

    public init(_ input: LawDocumentInput, language: Language) {
        self.input = input
        L = language
        let book = input.plans.merging(input.ledger)
        plan = book.viewed(forYear: input.year) ?? input.plans.latest!
        report = FollowUpReport.make(plans: book, ledger: input.ledger, period: .year(input.year), today: input.today)
        asOf = report.asOf
        let first = min(input.year, (input.ledger.index.recordYears + input.plans.years).min() ?? input.year)
        years = Array(first...input.year)
        multi = MultiYearReport.make(plans: book, ledger: input.ledger, first: first, last: input.year, today: input.today)
    }

    func D(_ t: DocumentText) -> String { L(.document(t)) }

    public func make() -> LawDocument {
        var sections: [DocumentSection] = []
        let own = OwnTextPlacement(input.texts, language: L)
        if let intro = own.introduction {
            sections.append(DocumentSection(anchor: "inledning", title: D(.introduction), blocks: [.own(intro)]))
        }
        let generated: [[DocumentBlock]] = [summary(), crime(), consequences(), analysis(own.causes), actionPlan(own.priorities),
                                            yearWheel(), sources()]
        for (k, blocks) in generated.enumerated() {
            let matching = own.forSection(k + 1)
            sections.append(DocumentSection(anchor: "s\(k + 1)", title: D(.section(k + 1)), blocks: matching.map { .own($0) } + blocks))
            if k == 5, !own.others.isEmpty {
                sections.append(DocumentSection(anchor: "egna", title: D(.otherOwnTexts), blocks: own.others.map { .own($0) }))
            }
        }
        return LawDocument(title: D(.title(municipality: plan.municipality, year: input.year)),
                           meta: D(.meta(asOf: asOf, first: years.first!, last: input.year)), sections: sections,
                           footer: D(.footer(input.today)))
    }

    // MARK: 1. Sammanfattning

    func summary() -> [DocumentBlock] {
        var lines: [String] = []
        let (now, before) = yearIncidents()
        if years.count > 1 {
            lines.append(D(.incidentsYear(now: now, before: before, trend: trend(now, before), previous: input.year - 1)))
        } else {
            lines.append(D(.incidentsFirstYear(now)))
        }
        lines += report.findings.map { L(.report(.finding($0, .year))) }
        let judged = report.evaluations.filter(\.isComplete)
        if !judged.isEmpty {
            lines.append(D(.evaluationsLine(decrease: judged.filter { $0.verdict == .decrease }.count,
                                            increase: judged.filter { $0.verdict == .increase }.count,
                                            unclear: judged.filter { $0.verdict == .noClearDifference }.count)))
        }
        for change in surveyChanges() { lines.append(change) }
        return [.paragraph(D(.lawNote)), .bullets(lines)]
    }

    /// Counted incidents this year up to the day of the document, and in the same days a
    /// year earlier: a year in progress is set against the same part of the year before.
    func yearIncidents(where include: (Incident) -> Bool = { _ in true }) -> (now: Int, before: Int) {
        let start = Period.year(input.year).start
        let days = asOf.days(since: start)
        let previousStart = Period.year(input.year - 1).start
        let previousEnd = min(previousStart.adding(days: days), Period.year(input.year - 1).end)
        var now = 0, before = 0
        for i in input.ledger.countedIncidents where include(i) {
            if i.date >= start && i.date <= asOf { now += 1 } else if i.date >= previousStart && i.date <= previousEnd { before += 1 }
        }
        return (now, before)
    }

    /// This year's and the year before's incidents of a focus area, as the multi-year report
    /// counts them: at a place of the area, a place of several areas in each. The crime and the
    /// analysis sections both ask.
    func areaIncidents(_ area: String) -> (now: Int, before: Int) {
        yearIncidents { i in i.hotSpot.flatMap { plan.hotSpot(id: $0) }?.focusAreas.contains(area) == true }
    }

    func trend(_ now: Int, _ before: Int) -> Trend { Trend(now: now, before: before) }

    // MARK: 2. Brott och ordningsstörningar

    func crime() -> [DocumentBlock] {
        let heads = years.map { L(.years(.column(.year($0)))) }
        let numeric = Set(1...years.count)
        var blocks: [DocumentBlock] = []
        let areaRows = multi.focusAreas.map { area -> [String] in
            let c = areaIncidents(area.area.id)
            return [area.area.name] + area.incidents.map(String.init) + [mark(c.now, c.before)]
        }
        blocks.append(.table(ReportTable(heading: D(.perFocusArea), header: [D(.columnFocusArea)] + heads + [D(.columnTrend)],
                                         rows: areaRows, numeric: numeric,
                                         note: D(.trendNote(year: input.year, previous: input.year - 1))),
                             dates: []))
        let series = multi.focusAreas.enumerated().map { k, a in
            SVGLineChart.Series(name: a.area.name, values: a.incidents, color: ReportHTMLRenderer.palette[k % ReportHTMLRenderer.palette.count])
        }
        if years.count > 1 {
            blocks.append(.figure(caption: D(.chartFocusAreas),
                                  svg: SVGLineChart(title: D(.chartFocusAreas), xLabels: years.map(String.init), series: series,
                                                    xTitle: D(.columnYears)).render()))
        }
        var byCategory: [IncidentCategory: [Int]] = [:]
        for i in input.ledger.countedIncidents where i.date.year >= years.first! && i.date <= asOf {
            byCategory[i.category, default: Array(repeating: 0, count: years.count)][i.date.year - years.first!] += 1
        }
        let categoryRows = IncidentCategory.allCases.compactMap { c -> [String]? in
            guard let counts = byCategory[c] else { return nil }
            let t = yearIncidents { $0.category == c }
            return [L(.incidentCategory(c))] + counts.map(String.init) + [mark(t.now, t.before)]
        }
        blocks.append(.table(ReportTable(heading: D(.perCategory), header: [D(.columnCategory)] + heads + [D(.columnTrend)],
                                         rows: categoryRows, numeric: numeric), dates: []))
        // The places: the year's report, its kinds and trends.
        let spotRows = report.hotSpots.map { s in
            [s.hotSpot.name, String(s.incidents), String(s.incidentsBefore), s.trend.arrow + " " + L(.report(.trend(s.trend))),
             s.kind.map { L(.analysis(.kind($0))) } ?? "–"]
        }
        blocks.append(.table(ReportTable(heading: D(.hotSpotsHeading),
                                         header: [L(.report(.columnHotSpot)), L(.years(.column(.year(input.year)))),
                                                  L(.years(.column(.year(input.year - 1)))), D(.columnTrend), D(.columnKind)],
                                         rows: spotRows, numeric: [1, 2], note: L(.analysis(.kindRule))), dates: []))
        if let map = mapFigure() { blocks += [.subheading(D(.whereHeading)), map] }
        blocks += whenBlocks()
        if let sources = report.analysisTables(language: L).last {
            var t = sources
            t.heading = D(.sourcesHeading)
            blocks.append(.table(t, dates: []))
        }
        return blocks
    }

    /// ▲ / ▼ / ≈ with the word, by the tested rule.
    func mark(_ now: Int, _ before: Int) -> String {
        guard years.count > 1 else { return "–" }
        let t = trend(now, before)
        return t.arrow + " " + L(.report(.trend(t)))
    }

    func mapFigure() -> DocumentBlock? {
        guard let map = report.svgMap(language: L) else { return nil }
        return .figure(caption: map.title + " · " + L(.geo(.svgLegend)), svg: map.svg)
    }

    func whenBlocks() -> [DocumentBlock] {
        func words(_ peak: PeakWindow?, _ timed: Int) -> String { L(.analysis(peak.map { .peak($0, timed: timed) } ?? .noPeak(timed: timed))) }
        let title = L(.analysis(.matrixTitle))
        let whole = L(.report(.columnAll)) + ": " + words(PeakWindow.find(in: report.timeMatrix), report.timeMatrix.timed)
        let weekdays = (0..<7).map { L(.analysis(.weekdayShort($0))) }
        var blocks: [DocumentBlock] = [.subheading(D(.whenHeading)),
                                       .figure(caption: title + " · " + whole,
                                               svg: SVGHeatMap(title: title + ". " + whole, matrix: report.timeMatrix, weekdays: weekdays).render())]
        let spots = report.peaks.filter { $0.peak != nil }.map { $0.hotSpot.name + ": " + words($0.peak, $0.timed) }
        if !spots.isEmpty { blocks.append(.bullets(spots)) }
        return blocks
    }
}
