/// The minutes as one HTML page (`minutes/vecka-NN-YYYY.html`) in the same shell as the
/// follow-up report (`HTMLDocument`), so both print alike. Every user text is escaped.
public struct MinutesHTMLRenderer: Sendable {
    public let minutes: MeetingMinutes
    public let language: Language

    public init(minutes: MeetingMinutes, language: Language) {
        self.minutes = minutes
        self.language = language
    }

    public func render() -> String {
        let rows = MinutesRows(minutes: minutes, language: language)
        func M(_ t: MeetingText) -> String { language(.meeting(t)) }
        var w = MarkupWriter()
        w.element("h1", [], rows.title); w.newline()
        w.element("p", [("class", "meta")], rows.meta); w.newline()
        w.element("p", [], rows.present); w.newline()

        w.element("h2", [], M(.sectionFollowUp)); w.newline()
        table(&w, rows.followUpHeader, rows.followUps, empty: M(.noFollowUps), dates: [3])
        if !rows.evaluated.isEmpty {
            w.element("h3", [], language(.effect(.meetingHeading))); w.newline()
            table(&w, rows.evaluatedHeader, rows.evaluated, empty: "", dates: [0])
        }

        w.element("h2", [], rows.sinceLastTitle); w.newline()
        table(&w, rows.hotSpotHeader, rows.hotSpots, empty: M(.noIncidents), numeric: [1, 2])
        for note in rows.sinceNotes { w.element("p", [("class", "meta")], note); w.newline() }
        w.element("h3", [], M(.newPlaces)); w.newline()
        list(&w, rows.newPlaces, empty: M(.noNewPlaces))

        w.element("h2", [], M(.sectionRounds)); w.newline()
        w.element("h3", [], M(.overdueRounds)); w.newline()
        table(&w, rows.overdueHeader, rows.overdue, empty: M(.noOverdue))
        w.element("h3", [], M(.roundsWalked)); w.newline()
        list(&w, rows.rounds, empty: M(.noRounds))

        w.element("h2", [], M(.sectionDecisions)); w.newline()
        table(&w, rows.decisionHeader, rows.decisions, empty: M(.noDecisions), dates: [3])
        if !rows.addedHotSpots.isEmpty {
            w.element("h3", [], M(.addedHotSpots)); w.newline()
            list(&w, rows.addedHotSpots, empty: "")
        }
        if !minutes.meeting.notes.isEmpty {
            w.element("h2", [], M(.notes)); w.newline()
            w.element("p", [], minutes.meeting.notes); w.newline()
        }
        // Last, so a page of map does not push the decisions away from the agenda.
        map(&w)
        w.element("footer", [], M(.footer(minutes.meeting.date)))
        return HTMLDocument(title: rows.title, language: language, body: w.result).render()
    }

    /// Where since last time: each hot spot with a position sized by its incidents in the
    /// window, and each cluster found from positions.
    private func map(_ w: inout MarkupWriter) {
        let agenda = minutes.agenda, L = language
        let counts = Dictionary(agenda.hotSpots.map { ($0.hotSpot.id, $0.count) }, uniquingKeysWith: { a, _ in a })
        var spots = minutes.plan.hotSpots.filter { $0.active && $0.position != nil }.map {
            SVGMap.Spot(name: $0.name, position: $0.position!, incidents: counts[$0.id] ?? 0, mark: "", locality: $0.locality)
        }
        spots += agenda.clusters.compactMap { c in
            c.cluster.map { SVGMap.Spot(name: L(.geo(.clusterLine(count: $0.count, label: c.name))), position: $0.centre,
                                        incidents: $0.count, mark: "") }
        }
        guard !spots.isEmpty else { return }
        let title = L(.geo(.svgTitle(municipality: minutes.municipality, period: agenda.since.iso + " – " + agenda.date.iso)))
        let description = L(.geo(.svgDescription(spots: spots.count, incidents: spots.reduce(0) { $0 + $1.incidents })))
        guard let svg = SVGMap(title: title, description: description, legend: L(.geo(.svgListHeading)),
                               outline: minutes.plan.outline, spots: spots).render() else { return }
        w.within("figure") { w in
            w.element("figcaption", [], title + " · " + L(.geo(.svgLegend)))
            w.newline()
            w.insert(svg)
        }
        w.newline()
    }

    /// A table of `rows`; the columns at `numeric` are right-aligned, those at `dates` hold
    /// ISO dates and are never broken over two lines.
    private func table(_ w: inout MarkupWriter, _ header: [String], _ rows: [[String]], empty: String,
                       numeric: Set<Int> = [], dates: Set<Int> = []) {
        guard !rows.isEmpty else { w.element("p", [], empty); w.newline(); return }
        w.within("table") { w in
            w.within("thead") { w in
                w.within("tr") { w in
                    for (i, h) in header.enumerated() { w.element("th", numeric.contains(i) ? [("class", "num")] : [], h) }
                }
            }
            w.within("tbody") { w in
                for row in rows {
                    w.within("tr") { w in
                        for (i, cell) in row.enumerated() {
                            w.element("td", numeric.contains(i) ? [("class", "num")] : dates.contains(i) ? [("class", "date")] : [], cell)
                        }
                    }
                    w.newline()
                }
            }
        }
        w.newline()
    }

    private func list(_ w: inout MarkupWriter, _ items: [String], empty: String) {
        guard !items.isEmpty else { w.element("p", [], empty); w.newline(); return }
        w.within("ul") { w in for item in items { w.element("li", [], item) } }
        w.newline()
    }
}
