/// A titled table of words and numbers, made once in the reader's language and drawn by
/// each renderer (text, Markdown, HTML), so the three say exactly the same thing.
public struct ReportTable: Sendable, Equatable {
    public var heading: String
    public var header: [String]
    public var rows: [[String]]
    /// Columns holding numbers: right-aligned.
    public var numeric: Set<Int>
    /// A sentence under the table, or nil.
    public var note: String?

    public init(heading: String, header: [String], rows: [[String]], numeric: Set<Int>, note: String? = nil) {
        self.heading = heading
        self.header = header
        self.rows = rows
        self.numeric = numeric
        self.note = note
    }

    /// Plain text: the first column takes the room the others leave.
    func textLines(width: Int) -> [String] {
        let all = [header] + rows
        let columns: [TextTable.Column] = header.indices.map { i in
            if i == 0 { return .text() }
            let w = all.map { i < $0.count ? $0[i].count : 0 }.max() ?? 1
            return numeric.contains(i) ? .number(w) : .text(w)
        }
        var out = [heading]
        out += TextTable(columns: columns, indent: 2).lines(all, width: width)
        if let note { out += WordWrap.lines(note, width: width, indent: "  ") }
        return out
    }

    func markdown(level: String = "###") -> [String] {
        var out = ["", level + " " + ReportMarkdownRenderer.escape(heading), ""]
        out += ReportMarkdownRenderer.table([header] + rows, numeric: numeric)
        if let note { out += ["", ReportMarkdownRenderer.escape(note)] }
        return out
    }

    /// `dates`: columns of ISO dates, kept on one line (`td.date`).
    func html(_ w: inout MarkupWriter, headingTag: String = "h3", dates: Set<Int> = []) {
        w.element(headingTag, [], heading); w.newline()
        let numeric = self.numeric
        w.within("table") { w in
            w.within("thead") { w in
                w.within("tr") { w in
                    for (i, h) in header.enumerated() {
                        w.element("th", [("scope", "col")] + (numeric.contains(i) ? [("class", "num")] : []), h)
                    }
                }
            }
            w.within("tbody") { w in
                for row in rows {
                    w.within("tr") { w in
                        for (i, cell) in row.enumerated() {
                            if i == 0 { w.element("th", [("scope", "row")] + (dates.contains(0) ? [("class", "date")] : []), cell) }
                            else if dates.contains(i) { w.element("td", [("class", "date")], cell) }
                            else { w.element("td", numeric.contains(i) ? [("class", "num")] : [], cell) }
                        }
                    }
                }
            }
        }
        w.newline()
        if let note { w.element("p", [("class", "meta")], note); w.newline() }
    }
}

extension YearOverYear {
    /// The comparison as tables in `language`, for a report of `period` counted to `asOf`.
    public func tables(period now: Period, language L: Language) -> [ReportTable] {
        func Y(_ t: YearText) -> String { L(.years(t)) }
        func R(_ t: ReportText) -> String { L(.report(t)) }
        let thenHead = Y(.column(period)), nowHead = Y(.column(now))
        func trend(_ c: ThenNow) -> String { "\(c.trend.arrow) \(R(.trend(c.trend)))" }
        func change(_ c: ThenNow) -> String { c.now - c.then > 0 ? "+\(c.now - c.then)" : String(c.now - c.then) }
        var out: [ReportTable] = []
        if !promises.isEmpty {
            out.append(ReportTable(
                heading: Y(.promisesThenNow), header: [Y(.columnPromise), thenHead, nowHead],
                rows: promises.map { p in
                    let then = Y(.result(done: p.thenDone, target: p.thenTarget)) + (p.thenStatus.map { " " + R(.status($0)) } ?? "")
                    return [p.promise.text, then, Y(.result(done: p.now.done, target: p.now.target)) + " " + R(.status(p.now.status))]
                },
                numeric: [], note: Y(.multiNotePromises)))
        }
        var activities = [[Y(.rounds), String(rounds.then), String(rounds.now), change(rounds), trend(rounds)]]
        activities += interventions.map { [L(.interventionKind($0.kind)), String($0.counts.then), String($0.counts.now),
                                          change($0.counts), trend($0.counts)] }
        out.append(ReportTable(heading: Y(.activitiesThenNow), header: [Y(.columnWhat), thenHead, nowHead, Y(.columnChange), Y(.columnTrend)],
                               rows: activities, numeric: [1, 2, 3], note: Y(.roundsNote)))
        out.append(ReportTable(heading: Y(.incidentsPerArea), header: [Y(.columnArea), thenHead, nowHead, Y(.columnChange), Y(.columnTrend)],
                               rows: focusAreas.map { [$0.area.name, String($0.incidents.then), String($0.incidents.now),
                                                       change($0.incidents), trend($0.incidents)] },
                               numeric: [1, 2, 3]))
        let days = through.days(since: period.start) + 1
        let partial = through < period.end
        out.append(ReportTable(heading: Y(.incidentsPerSpot), header: [Y(.columnHotSpot), thenHead, nowHead, Y(.columnChange), Y(.columnTrend)],
                               rows: hotSpots.map { [$0.hotSpot.name, String($0.incidents.then), String($0.incidents.now),
                                                     change($0.incidents), trend($0.incidents)] },
                               numeric: [1, 2, 3],
                               note: partial ? Y(.sameDays(earlier: period, through: through, days: days)) : nil))
        return out
    }
}
