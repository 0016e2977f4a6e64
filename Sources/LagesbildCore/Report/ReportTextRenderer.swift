/// The follow-up report as plain text: `lagesbild report --format text`, and the lines the
/// dashboard shows in its scrollable report view.
public struct ReportTextRenderer: Sendable {
    public let report: FollowUpReport
    public let language: Language

    public init(report: FollowUpReport, language: Language) {
        self.report = report
        self.language = language
    }

    /// The report as lines no wider than `width` (the dashboard passes its view's width).
    public func lines(width: Int = 80) -> [String] { headLines(width: width) + tailLines(width: width) }

    /// The lines up to the incident table's notes: all `FollowUpReport.head` fills in.
    public func headLines(width: Int = 80) -> [String] {
        let L = language, r = report
        func R(_ t: ReportText) -> String { L(.report(t)) }
        let now = R(.columnPeriod(r.period)), before = R(.columnPeriod(r.period.previous))
        var out = WordWrap.lines(R(.title(municipality: r.municipality, year: r.year, period: r.period)), width: width, indent: "")
        out += [R(.asOf(r.asOf)), ""]
        if !r.hasTargets { out += WordWrap.lines(L(.dashboard(.noPlanTargets(year: r.year))), width: width, indent: "") + [""] }

        out.append(R(.summary))
        for finding in r.findings {
            out += WordWrap.lines(R(.finding(finding, r.period.kind)), width: width, indent: "  ")
        }

        out += ["", R(.promises)]
        let ytd = r.showsYearToDate
        let promiseTable = TextTable(columns: [.text(), .number(7), .text(11)] + (ytd ? [.number(7), .text(11)] : []), indent: 4)
        var header = [R(.columnPromise), now, R(.columnStatus)]
        // The year's own name heads the year-to-date figures: "Året hittills" does not fit 80 columns.
        if ytd { header += [R(.columnPeriod(.year(r.period.year))), R(.columnStatus)] }
        out += promiseTable.lines([header], width: width)
        for area in r.focusAreas where !area.promises.isEmpty {
            out.append("  " + SummaryText.fit(area.area.name, max(8, width - 2)).trimmingTrailingSpaces)
            out += promiseTable.lines(area.promises.map { p in
                var row = [p.promise.text, "\(p.period.done)/\(p.period.target)", R(.status(p.period.status))]
                if ytd { row += ["\(p.yearToDate.done)/\(p.yearToDate.target)", R(.status(p.yearToDate.status))] }
                return row
            }, width: width)
        }

        out += ["", R(.chartIncidents)]
        let weekly = TextTable(columns: [.text(), .number(5), .text(r.weeks.count)])
        out += weekly.lines(r.focusAreas.map { [$0.area.name, String($0.weeklyIncidents.reduce(0, +)), Sparkline.render($0.weeklyIncidents)] },
                            width: width)

        out += ["", R(.rounds)]
        let rounds = TextTable(columns: [.text(), .text(12), .number(5)] + (ytd ? [.number(13)] : []))
        var roundRows = [[R(.columnHotSpot), R(.columnLocality), now] + (ytd ? [R(r.yearToDateColumn)] : [])]
        roundRows += r.hotSpots.map { [$0.hotSpot.name, $0.hotSpot.locality, String($0.rounds)] + (ytd ? [String($0.roundsYearToDate)] : []) }
        roundRows.append([R(.visitsTotal), "", String(r.visitsInPeriod)] + (ytd ? [String(r.visitsYearToDate)] : []))
        roundRows.append([R(.roundsTotal), "", String(r.roundsInPeriod)] + (ytd ? [String(r.roundsYearToDate)] : []))
        out += rounds.lines(roundRows, width: width)
        if let note = r.visitsNote { out += WordWrap.lines(R(note), width: width, indent: "  ") }

        out += ["", R(.interventions)]
        let kinds = TextTable(columns: [.text(), .number(5), .number(5)] + (ytd ? [.number(13)] : []))
        var kindRows = [[R(.columnKind), now, R(.columnTarget)] + (ytd ? [R(r.yearToDateColumn)] : [])]
        kindRows += r.interventions.map { i in
            [L(.interventionKind(i.kind)), String(i.count), i.target.map(String.init) ?? "–"] + (ytd ? [String(i.countYearToDate)] : [])
        }
        out += kinds.lines(kindRows, width: width)

        out += ["", R(.incidents)]
        if r.hasBegun {
            // The trend column fits its longest word in this language (`≈ ingen säker förändring`), never cut.
            func trend(_ t: Trend) -> String { "\(t.arrow) \(R(.trend(t)))" }
            let trendWidth = ([R(.columnTrend)] + Trend.allCases.map(trend)).map(\.count).max() ?? 0
            let kindWidth = ([L(.analysis(.columnKind))] + HotSpotKind.allCases.map { L(.analysis(.kind($0))) }).map(\.count).max() ?? 0
            // The kind column where the width allows (80 columns and more); Markdown and HTML always have it.
            let withKind = width >= 80
            let incidents = TextTable(columns: [.text(), .number(5), .number(5), .number(6)] + (withKind ? [.text(kindWidth)] : [])
                                      + [.text(trendWidth)])
            var incidentRows = [[R(.columnHotSpot), now, before, "+/−"] + (withKind ? [L(.analysis(.columnKind))] : []) + [R(.columnTrend)]]
            incidentRows += r.hotSpots.map { s in
                [s.hotSpot.name, String(s.incidents), String(s.incidentsBefore), s.change > 0 ? "+\(s.change)" : String(s.change)]
                    + (withKind ? [s.kind.map { L(.analysis(.kind($0))) } ?? "–"] : []) + [trend(s.trend)]
            }
            out += incidents.lines(incidentRows, width: width)
        } else {
            // Nothing to set against the period before: only the places and the period's count.
            let incidents = TextTable(columns: [.text(), .number(5)])
            out += incidents.lines([[R(.columnHotSpot), now]] + r.hotSpots.map { [$0.hotSpot.name, String($0.incidents)] }, width: width)
        }
        if let note = r.comparisonNote {
            out += WordWrap.lines(R(note), width: width, indent: "  ")
        }
        if r.hasBegun {
            out += WordWrap.lines(R(.trendRule), width: width, indent: "  ")
            out += WordWrap.lines(L(.analysis(.kindRule)), width: width, indent: "  ")
        }
        return out
    }

    /// The lines after `headLines`: when, presence, who reports, effect, measures and last year.
    public func tailLines(width: Int = 80) -> [String] {
        let L = language, r = report
        func R(_ t: ReportText) -> String { L(.report(t)) }
        var out: [String] = []
        if r.hasBegun {
            out += whenLines(width: width)
            for table in r.analysisTables(language: L) { out += [""] + table.textLines(width: width) }
            // Each evaluation in two wrapped lines: a table of eight columns does not fit 80.
            let effect = r.effectTable(language: L)
            out += ["", effect.heading]
            for row in effect.rows {
                out += WordWrap.lines("\(row[0]) \(row[1]): \(row[2])", width: width, indent: "  ", continuation: "    ")
                let rest = zip(effect.header, row).dropFirst(3).map { "\($0): \($1)" }.joined(separator: " · ")
                out += WordWrap.lines(rest, width: width, indent: "    ")
            }
            if let note = effect.note { out += WordWrap.lines(note, width: width, indent: "  ") }
        }

        out += ["", R(.measures)]
        if r.measures.isEmpty { out.append("  " + L(.none)) }
        for m in r.measures {
            var marks = [L(.measureStatus(m.measure.status))]
            if m.overdue { marks.append(L(.overdue)) }
            if !m.decidedInPeriod { marks.append(R(.carriedOver)) }
            let line = "\(m.measure.due.iso) \(m.hotSpotName ?? "–"): \(m.measure.what) (\(m.measure.responsible); \(marks.joined(separator: ", ")))"
            out += WordWrap.lines(line, width: width, indent: "  ", continuation: String(repeating: " ", count: 13))
        }
        if let lastYear = r.lastYear {
            out += ["", L(.years(.sameTimeLastYear(lastYear.period)))]
            for table in lastYear.tables(period: r.period, language: L) { out += [""] + table.textLines(width: width) }
        }
        return out
    }

    /// The period's incidents by weekday and hour: the peak window in words for the
    /// municipality and each hot spot, and the shaded matrix.
    func whenLines(width: Int) -> [String] {
        let L = language, r = report, m = r.timeMatrix
        func words(_ peak: PeakWindow?, _ timed: Int) -> String { L(.analysis(peak.map { .peak($0, timed: timed) } ?? .noPeak(timed: timed))) }
        var out = ["", L(.analysis(.matrixTitle))]
        out += WordWrap.lines(L(.report(.columnAll)) + ": " + words(PeakWindow.find(in: m), m.timed), width: width, indent: "  ")
        for p in r.peaks where p.peak != nil {
            out += WordWrap.lines(p.hotSpot.name + ": " + words(p.peak, p.timed), width: width, indent: "  ")
        }
        out += TimeMatrixText.lines(m, language: L).map { "  " + $0 }
        if m.untimed > 0 { out += WordWrap.lines(L(.analysis(.untimed(m.untimed))), width: width, indent: "  ") }
        return out
    }

    public func render(width: Int = 80) -> String { lines(width: width).joined(separator: "\n") + "\n" }
}
