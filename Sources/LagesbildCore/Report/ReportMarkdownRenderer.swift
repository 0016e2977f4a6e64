/// The follow-up report as Markdown (`--format md`), for a wiki or an e-mail: the same
/// sections as the HTML page, tables in pipe syntax, no charts.
public struct ReportMarkdownRenderer: Sendable {
    public let report: FollowUpReport
    public let language: Language

    public init(report: FollowUpReport, language: Language) {
        self.report = report
        self.language = language
    }

    public func render() -> String {
        let r = report, L = language, ytd = r.showsYearToDate
        func R(_ t: ReportText) -> String { L(.report(t)) }
        let now = R(.columnPeriod(r.period))
        var out = ["# " + Self.escape(R(.title(municipality: r.municipality, year: r.year, period: r.period))), "",
                   Self.escape(R(.asOf(r.asOf))), ""]
        if !r.hasTargets { out += [Self.escape(L(.dashboard(.noPlanTargets(year: r.year)))), ""] }
        out += ["## " + R(.summary), ""]
        out += r.findings.map { "- " + Self.escape(R(.finding($0, r.period.kind))) }

        out += ["", "## " + R(.promises)]
        for area in r.focusAreas where !area.promises.isEmpty {
            out += ["", "### " + Self.escape(area.area.name), ""]
            var rows = area.promises.map { p in
                [p.promise.text, L(.promiseOwner(p.promise.owner)), "\(p.period.done)/\(p.period.target)", R(.status(p.period.status))]
                    + (ytd ? ["\(p.yearToDate.done)/\(p.yearToDate.target)", R(.status(p.yearToDate.status))] : [])
            }
            rows.insert([R(.columnPromise), R(.columnOwner), now, R(.columnStatus)]
                        + (ytd ? [R(r.yearToDateColumn), R(.columnStatus)] : []), at: 0)
            out += Self.table(rows, numeric: ytd ? [2, 4] : [2])
        }

        out += ["", "## " + R(.rounds), ""]
        var rounds = [[R(.columnHotSpot), R(.columnLocality), now] + (ytd ? [R(r.yearToDateColumn)] : [])]
        rounds += r.hotSpots.map { [$0.hotSpot.name, $0.hotSpot.locality, String($0.rounds)] + (ytd ? [String($0.roundsYearToDate)] : []) }
        rounds.append([R(.visitsTotal), "", String(r.visitsInPeriod)] + (ytd ? [String(r.visitsYearToDate)] : []))
        rounds.append([R(.roundsTotal), "", String(r.roundsInPeriod)] + (ytd ? [String(r.roundsYearToDate)] : []))
        out += Self.table(rounds, numeric: ytd ? [2, 3] : [2])
        if let note = r.visitsNote { out += ["", Self.escape(R(note))] }

        out += ["", "## " + R(.interventions), ""]
        var kinds = [[R(.columnKind), now, R(.columnTarget)] + (ytd ? [R(r.yearToDateColumn)] : [])]
        kinds += r.interventions.map {
            [L(.interventionKind($0.kind)), String($0.count), $0.target.map(String.init) ?? "–"] + (ytd ? [String($0.countYearToDate)] : [])
        }
        out += Self.table(kinds, numeric: ytd ? [1, 2, 3] : [1, 2])

        out += ["", "## " + R(.incidents), ""]
        if r.hasBegun {
            var incidents = [[R(.columnHotSpot), now, R(.columnPeriod(r.period.previous)), R(.columnChange), L(.analysis(.columnKind)),
                              R(.columnTrend)]]
            incidents += r.hotSpots.map {
                [$0.hotSpot.name, String($0.incidents), String($0.incidentsBefore),
                 R(.percentChange(now: $0.incidents, before: $0.incidentsBefore)), $0.kind.map { L(.analysis(.kind($0))) } ?? "–",
                 "\($0.trend.arrow) \(R(.trend($0.trend)))"]
            }
            out += Self.table(incidents, numeric: [1, 2, 3])
        } else {
            // A period not begun is set against nothing: the places and the period's count only.
            out += Self.table([[R(.columnHotSpot), now]] + r.hotSpots.map { [$0.hotSpot.name, String($0.incidents)] }, numeric: [1])
        }
        if let note = r.comparisonNote { out += ["", Self.escape(R(note))] }
        if r.hasBegun { out += ["", Self.escape(R(.trendRule)), "", Self.escape(L(.analysis(.kindRule)))] }

        if r.hasBegun {
            func words(_ peak: PeakWindow?, _ timed: Int) -> String { L(.analysis(peak.map { .peak($0, timed: timed) } ?? .noPeak(timed: timed))) }
            out += ["", "## " + Self.escape(L(.analysis(.matrixTitle))), ""]
            out.append("- " + Self.escape(R(.columnAll) + ": " + words(PeakWindow.find(in: r.timeMatrix), r.timeMatrix.timed)))
            out += r.peaks.filter { $0.peak != nil }.map { "- " + Self.escape($0.hotSpot.name + ": " + words($0.peak, $0.timed)) }
            for table in r.analysisTables(language: L) { out += table.markdown(level: "##") }
            out += r.effectTable(language: L).markdown(level: "##")
        }

        out += ["", "## " + R(.measures), ""]
        if r.measures.isEmpty { out.append(L(.none)) } else {
            var measures = [[R(.columnHotSpot), R(.columnWhat), R(.columnResponsible), R(.columnDecided), R(.columnDue), R(.columnStatus)]]
            measures += r.measures.map { m in
                var status = L(.measureStatus(m.measure.status))
                if m.overdue { status += ", " + L(.overdue) }
                if !m.decidedInPeriod { status += " (" + R(.carriedOver) + ")" }
                return [m.hotSpotName ?? "–", m.measure.what, m.measure.responsible, m.measure.decided.iso, m.measure.due.iso, status]
            }
            out += Self.table(measures, numeric: [])
        }
        if let lastYear = r.lastYear {
            out += ["", "## " + Self.escape(L(.years(.sameTimeLastYear(lastYear.period))))]
            for table in lastYear.tables(period: r.period, language: L) { out += table.markdown() }
        }
        out += ["", "*" + Self.escape(R(.footer(r.asOf))) + "*"]
        return out.joined(separator: "\n") + "\n"
    }

    /// A pipe table; the first row is the header. Cells are escaped.
    static func table(_ rows: [[String]], numeric: Set<Int>) -> [String] {
        guard let head = rows.first else { return [] }
        let line = { (cells: [String]) in "| " + cells.map(escape).joined(separator: " | ") + " |" }
        let rule = "|" + head.indices.map { numeric.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|"
        return [line(head), rule] + rows.dropFirst().map(line)
    }

    /// Keeps user text from breaking a table or turning into markup: pipes, backslashes,
    /// emphasis and HTML characters are escaped, line breaks become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\" + String(c)
            case "\n", "\r", "\r\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
