/// The follow-up report as one self-contained HTML page: the shared `HTMLDocument` shell,
/// two inline SVG charts (done against target per promise; incidents per week per focus
/// area) and the report's tables. Every text from the plan or the journal is escaped.
public struct ReportHTMLRenderer: Sendable {
    public let report: FollowUpReport
    public let language: Language

    public init(report: FollowUpReport, language: Language) {
        self.report = report
        self.language = language
    }

    /// The number of SVG charts `render()` draws.
    public static let chartCount = 3

    public static func color(_ status: FollowUpStatus) -> String {
        switch status {
        case .achieved: return "#2e7d32"
        case .inProgress: return "#1565c0"
        case .behind: return "#ef6c00"
        case .notStarted: return "#c62828"
        case .missed: return "#b71c1c"
        }
    }

    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"]

    public func render() -> String {
        let r = report
        let title = R(.title(municipality: r.municipality, year: r.year, period: r.period))
        var w = MarkupWriter()
        heading(&w, title, keepingTogether: language(.periodName(r.period))); w.newline()
        w.element("p", [("class", "meta")], R(.asOf(r.asOf))); w.newline()
        if !r.hasTargets { w.element("p", [("class", "note")], language(.dashboard(.noPlanTargets(year: r.year)))); w.newline() }

        w.element("h2", [], R(.summary)); w.newline()
        w.within("ul", [("class", "summary")]) { w in
            for f in r.findings { w.element("li", [], R(.finding(f, r.period.kind))) }
        }
        w.newline()

        w.element("h2", [], R(.promises)); w.newline()
        figure(&w, caption: R(.chartPromises), svg: promiseChart())
        promiseTable(&w)

        w.element("h2", [], R(.chartIncidents)); w.newline()
        figure(&w, caption: R(.chartIncidents), svg: incidentChart())

        w.element("h2", [], R(.rounds)); w.newline()
        roundTable(&w)
        if let note = r.visitsNote { w.element("p", [("class", "meta")], R(note)); w.newline() }
        w.element("h2", [], R(.interventions)); w.newline()
        interventionTable(&w)
        w.element("h2", [], R(.incidents)); w.newline()
        incidentTable(&w)
        if let note = r.comparisonNote { w.element("p", [("class", "meta")], R(note)); w.newline() }
        mapSection(&w)
        if r.hasBegun {
            w.element("p", [("class", "meta")], R(.trendRule)); w.newline()
            w.element("p", [("class", "meta")], language(.analysis(.kindRule))); w.newline()
        }
        if r.hasBegun {
            whenSection(&w)
            for table in r.analysisTables(language: language) { table.html(&w, headingTag: "h2") }
            report.effectTable(language: language).html(&w, headingTag: "h2", dates: [0])
        }
        w.element("h2", [], R(.measures)); w.newline()
        measureTable(&w)
        if let lastYear = r.lastYear {
            w.element("h2", [], language(.years(.sameTimeLastYear(lastYear.period)))); w.newline()
            for table in lastYear.tables(period: r.period, language: language) { table.html(&w) }
        }
        w.element("footer", [], R(.footer(r.asOf)))
        return HTMLDocument(title: title, language: language, body: w.result).render()
    }

    private func R(_ t: ReportText) -> String { language(.report(t)) }

    /// Where: the hot spots that have a position on the outline, sized by the period's incidents.
    private func mapSection(_ w: inout MarkupWriter) {
        let L = language
        guard let map = report.svgMap(language: L) else { return }
        w.element("h2", [], L(.geo(.wallMapTitle))); w.newline()
        figure(&w, caption: map.title + " · " + L(.geo(.svgLegend)) + (map.unplaced > 0 ? " · " + L(.geo(.mapUnplaced(map.unplaced))) : ""),
               svg: map.svg)
    }

    /// When: the municipality's weekday × hour heat map, and the peak windows in words.
    private func whenSection(_ w: inout MarkupWriter) {
        let r = report, L = language
        func words(_ peak: PeakWindow?, _ timed: Int) -> String { L(.analysis(peak.map { .peak($0, timed: timed) } ?? .noPeak(timed: timed))) }
        let title = L(.analysis(.matrixTitle))
        w.element("h2", [], title); w.newline()
        let whole = R(.columnAll) + ": " + words(PeakWindow.find(in: r.timeMatrix), r.timeMatrix.timed)
        let weekdays = (0..<7).map { L(.analysis(.weekdayShort($0))) }
        figure(&w, caption: title + " · " + whole,
               svg: SVGHeatMap(title: title + ". " + whole, matrix: r.timeMatrix, weekdays: weekdays).render())
        let spots = r.peaks.filter { $0.peak != nil }
        if !spots.isEmpty {
            w.within("ul", [("class", "summary")]) { w in
                for p in spots { w.element("li", [], p.hotSpot.name + ": " + words(p.peak, p.timed)) }
            }
            w.newline()
        }
        if r.timeMatrix.untimed > 0 { w.element("p", [("class", "meta")], L(.analysis(.untimed(r.timeMatrix.untimed)))); w.newline() }
    }

    /// The `h1`, with the period it ends in (`2023 T3 sep–dec`) kept on one line: a title
    /// broken after `sep–` reads as two periods.
    private func heading(_ w: inout MarkupWriter, _ title: String, keepingTogether part: String) {
        guard !part.isEmpty, title.hasSuffix(part) else { w.element("h1", [], title); return }
        w.within("h1") { w in
            w.text(String(title.dropLast(part.count)))
            w.element("span", [("class", "nowrap")], part)
        }
    }

    private func figure(_ w: inout MarkupWriter, caption: String, svg: String) {
        w.within("figure") { w in
            w.element("figcaption", [], caption)
            w.newline()
            w.insert(svg)
        }
        w.newline()
    }

    func promiseChart() -> String {
        let bars = report.promises.map { p in
            SVGBarChart.Bar(label: p.promise.text, value: p.period.done, target: p.period.target,
                            color: Self.color(p.period.status),
                            caption: "\(p.period.done)/\(p.period.target) \(R(.status(p.period.status)))")
        }
        return SVGBarChart(title: R(.chartPromises), bars: bars, targetLabel: R(.target)).render()
    }

    func incidentChart() -> String {
        let series = report.focusAreas.enumerated().map { i, area in
            SVGLineChart.Series(name: area.area.name, values: area.weeklyIncidents, color: Self.palette[i % Self.palette.count])
        }
        return SVGLineChart(title: R(.chartIncidents), xLabels: report.weeks.map { String($0.index) }, series: series,
                            xTitle: R(.week)).render()
    }

    private func header(_ w: inout MarkupWriter, _ cells: [(String, Bool)]) {
        w.within("thead") { w in
            w.within("tr") { w in
                for (text, numeric) in cells { w.element("th", numeric ? [("class", "num")] : [], text) }
            }
        }
    }

    /// A body row; the cells at `dates` hold ISO dates and are never broken over two lines.
    private func row(_ w: inout MarkupWriter, _ cells: [(String, Bool)], dates: Set<Int> = []) {
        w.within("tr") { w in
            for (i, cell) in cells.enumerated() {
                w.element("td", cell.1 ? [("class", "num")] : dates.contains(i) ? [("class", "date")] : [], cell.0)
            }
        }
        w.newline()
    }

    private func mark(_ w: inout MarkupWriter, _ status: FollowUpStatus) {
        w.within("td") { w in
            w.element("span", [("class", "mark"), ("style", "background: \(Self.color(status))")], R(.status(status)))
        }
    }

    private func promiseTable(_ w: inout MarkupWriter) {
        let r = report, ytd = r.showsYearToDate
        w.within("table") { w in
            var cells = [(R(.columnPromise), false), (R(.columnOwner), false),
                         (R(.columnPeriod(r.period)), true), (R(.columnStatus), false)]
            if ytd { cells += [(R(r.yearToDateColumn), true), (R(.columnStatus), false)] }
            header(&w, cells)
            w.within("tbody") { w in
                for area in r.focusAreas where !area.promises.isEmpty {
                    w.within("tr") { w in w.element("th", [("colspan", String(cells.count))], area.area.name) }
                    w.newline()
                    for p in area.promises {
                        w.within("tr") { w in
                            w.element("td", [], p.promise.text)
                            w.element("td", [], language(.promiseOwner(p.promise.owner)))
                            w.element("td", [("class", "num")], "\(p.period.done)/\(p.period.target)")
                            mark(&w, p.period.status)
                            if ytd {
                                w.element("td", [("class", "num")], "\(p.yearToDate.done)/\(p.yearToDate.target)")
                                mark(&w, p.yearToDate.status)
                            }
                        }
                        w.newline()
                    }
                }
            }
        }
        w.newline()
    }

    private func roundTable(_ w: inout MarkupWriter) {
        let r = report, ytd = r.showsYearToDate
        w.within("table") { w in
            header(&w, [(R(.columnHotSpot), false), (R(.columnLocality), false), (R(.columnPeriod(r.period)), true)]
                   + (ytd ? [(R(r.yearToDateColumn), true)] : []))
            w.within("tbody") { w in
                for s in r.hotSpots {
                    row(&w, [(s.hotSpot.name, false), (s.hotSpot.locality, false), (String(s.rounds), true)]
                        + (ytd ? [(String(s.roundsYearToDate), true)] : []))
                }
                row(&w, [(R(.visitsTotal), false), ("", false), (String(r.visitsInPeriod), true)]
                    + (ytd ? [(String(r.visitsYearToDate), true)] : []))
                row(&w, [(R(.roundsTotal), false), ("", false), (String(r.roundsInPeriod), true)]
                    + (ytd ? [(String(r.roundsYearToDate), true)] : []))
            }
        }
        w.newline()
    }

    private func interventionTable(_ w: inout MarkupWriter) {
        let r = report, ytd = r.showsYearToDate
        w.within("table") { w in
            header(&w, [(R(.columnKind), false), (R(.columnPeriod(r.period)), true), (R(.columnTarget), true)]
                   + (ytd ? [(R(r.yearToDateColumn), true)] : []))
            w.within("tbody") { w in
                for i in r.interventions {
                    row(&w, [(language(.interventionKind(i.kind)), false), (String(i.count), true),
                             (i.target.map(String.init) ?? "–", true)] + (ytd ? [(String(i.countYearToDate), true)] : []))
                }
            }
        }
        w.newline()
    }

    /// Incidents per hot spot against the period before; a period not begun is set against
    /// nothing, so it shows only the places and the period's count.
    private func incidentTable(_ w: inout MarkupWriter) {
        let r = report, compared = r.hasBegun
        w.within("table") { w in
            var cells = [(R(.columnHotSpot), false), (R(.columnPeriod(r.period)), true)]
            if compared {
                cells += [(R(.columnPeriod(r.period.previous)), true), (R(.columnChange), true),
                          (language(.analysis(.columnKind)), false), (R(.columnTrend), false)]
            }
            header(&w, cells)
            w.within("tbody") { w in
                for s in r.hotSpots {
                    var cells = [(s.hotSpot.name, false), (String(s.incidents), true)]
                    if compared {
                        cells += [(String(s.incidentsBefore), true), (R(.percentChange(now: s.incidents, before: s.incidentsBefore)), true),
                                  (s.kind.map { language(.analysis(.kind($0))) } ?? "–", false),
                                  ("\(s.trend.arrow) \(R(.trend(s.trend)))", false)]
                    }
                    row(&w, cells)
                }
            }
        }
        w.newline()
    }

    private func measureTable(_ w: inout MarkupWriter) {
        guard !report.measures.isEmpty else { w.element("p", [], language(.none)); w.newline(); return }
        w.within("table") { w in
            header(&w, [(R(.columnHotSpot), false), (R(.columnWhat), false), (R(.columnResponsible), false),
                        (R(.columnDecided), false), (R(.columnDue), false), (R(.columnStatus), false)])
            w.within("tbody") { w in
                for m in report.measures {
                    var status = language(.measureStatus(m.measure.status))
                    if m.overdue { status += ", " + language(.overdue) }
                    if !m.decidedInPeriod { status += " (" + R(.carriedOver) + ")" }
                    row(&w, [(m.hotSpotName ?? "–", false), (m.measure.what, false), (m.measure.responsible, false),
                             (m.measure.decided.iso, false), (m.measure.due.iso, false), (status, false)], dates: [3, 4])
                }
            }
        }
        w.newline()
    }
}
