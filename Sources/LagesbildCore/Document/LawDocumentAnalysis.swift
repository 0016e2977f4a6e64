import Foundation

/// Sections 3–5: consequences and safety (the surveys), the analysis, the action plan.
extension LawDocumentBuilder {
    // MARK: 3. Konsekvenser och trygghet

    func consequences() -> [DocumentBlock] {
        let values = input.surveys.filter { $0.year <= input.year }
        guard !values.isEmpty else { return [.paragraph(D(.noSurveys(folder: input.surveyFolder)))] }
        var blocks: [DocumentBlock] = []
        var indicators: [String] = []
        for v in values where !indicators.contains(v.indicator) { indicators.append(v.indicator) }
        for indicator in indicators {
            let own = values.filter { $0.indicator == indicator }
            let yearsHere = Array(Set(own.map(\.year))).sorted()
            var areas: [String] = []
            for v in own where !areas.contains(v.area) { areas.append(v.area) }
            let rows = areas.map { area in
                [area] + yearsHere.map { y in own.first { $0.area == area && $0.year == y }.map { number($0.value) } ?? "–" }
            }
            let sources = Array(Set(own.map(\.source).filter { !$0.isEmpty })).sorted().joined(separator: "; ")
            let answers = own.compactMap { v in v.answers.map { "\(v.area) \(v.year): \($0)" } }.joined(separator: ", ")
            var note = sources.isEmpty ? "" : D(.surveySources(sources))
            if !answers.isEmpty { note += (note.isEmpty ? "" : " ") + D(.surveyAnswers(answers)) }
            blocks.append(.table(ReportTable(heading: D(.surveysHeading(indicator)), header: [D(.columnArea)] + yearsHere.map(String.init),
                                             rows: rows, numeric: Set(1...max(1, yearsHere.count)), note: note.isEmpty ? nil : note),
                                 dates: []))
        }
        return blocks
    }

    /// A survey value as written in the reader's language: `4,2` or `4.2`, two decimals at most.
    func number(_ v: Double) -> String {
        let decimals = (v * 10).rounded() == v * 10 ? 1 : 2
        let text = String(format: "%.\(decimals)f", v)
        return L == .sv ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// For the summary: each indicator and area with a value this year and an earlier one.
    func surveyChanges() -> [String] {
        var out: [String] = []
        var seen = Set<[String]>()
        for v in input.surveys where v.year == input.year {
            guard seen.insert([v.indicator, v.area]).inserted,
                  let earlier = input.surveys.filter({ $0.indicator == v.indicator && $0.area == v.area && $0.year < v.year })
                      .max(by: { $0.year < $1.year }) else { continue }
            out.append(D(.surveyChange(indicator: v.indicator, area: v.area, from: number(earlier.value), to: number(v.value),
                                       fromYear: earlier.year, toYear: v.year)))
        }
        return Array(out.prefix(4))
    }

    // MARK: 4. Analys

    func analysis(_ causes: OwnText?) -> [DocumentBlock] {
        var changes: [String] = []
        if years.count > 1 {
            for area in plan.focusAreas {
                let c = areaIncidents(area.id)
                switch trend(c.now, c.before) {
                case .rising: changes.append(D(.changeRise(what: area.name, now: c.now, before: c.before)))
                case .falling: changes.append(D(.changeFall(what: area.name, now: c.now, before: c.before)))
                default: break
                }
            }
        }
        for s in report.hotSpots {
            if s.trend == .rising { changes.append(D(.changeRise(what: s.hotSpot.name, now: s.incidents, before: s.incidentsBefore))) }
            if s.trend == .falling { changes.append(D(.changeFall(what: s.hotSpot.name, now: s.incidents, before: s.incidentsBefore))) }
        }
        var blocks: [DocumentBlock] = [.subheading(D(.changesHeading))]
        blocks.append(changes.isEmpty ? .paragraph(D(.noChanges)) : .bullets(changes))
        if let causes { blocks.append(.own(causes)) }
        if let promises = multi.tables(language: L).first {
            var t = promises
            t.heading = D(.promisesHeading)
            blocks.append(.table(t, dates: []))
        }
        var effect = report.effectTable(language: L)
        effect.heading = D(.effectHeading)
        blocks.append(.table(effect, dates: [0]))
        return blocks
    }

    // MARK: 5. Åtgärdsplan

    func actionPlan(_ priorities: OwnText?) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = priorities.map { [.own($0)] } ?? []
        let open = input.ledger.index.measures.filter { $0.status.isOpen && $0.decided <= asOf }
        if open.isEmpty { blocks.append(.paragraph(D(.noMeasures))) }
        // Grouped by problem: the focus area of the measure's place, places without one last.
        var groups: [(name: String, measures: [Measure])] = []
        for m in open {
            let area = m.hotSpot.flatMap { plan.hotSpot(id: $0) }?.focusAreas.first.flatMap { plan.focusArea(id: $0)?.name }
                ?? D(.withoutPlace)
            if let k = groups.firstIndex(where: { $0.name == area }) { groups[k].measures.append(m) } else { groups.append((area, [m])) }
        }
        let order = plan.focusAreas.map(\.name)
        groups.sort { (order.firstIndex(of: $0.name) ?? order.count) < (order.firstIndex(of: $1.name) ?? order.count) }
        let followUp = D(.followUpRule(weeks: Evaluator.defaultWeeks))
        for group in groups {
            let rows = group.measures.map { m in
                [m.hotSpot.flatMap { plan.hotSpot(id: $0)?.name } ?? "–", m.what, m.responsible, m.due.iso, L(.measureStatus(m.status)),
                 m.hotSpot == nil ? "–" : followUp]
            }
            blocks.append(.table(ReportTable(heading: D(.measuresHeading(group.name)),
                                             header: [L(.report(.columnHotSpot)), D(.columnMeasure), D(.columnResponsible), D(.columnDue),
                                                      D(.columnStatus), D(.columnFollowUp)],
                                             rows: rows, numeric: []), dates: [3]))
        }
        let next = input.year + 1
        if let nextPlan = input.plans.plan(forYear: next) {
            let rows = nextPlan.promises.map { p in
                [nextPlan.focusArea(id: p.focusArea)?.name ?? p.focusArea, p.text, L(.promiseOwner(p.owner)),
                 "\(p.target) / " + L(.periodKind(p.per == .tertial ? .tertial : .year))]
            }
            blocks.append(.table(ReportTable(heading: D(.nextYearHeading(next)),
                                             header: [D(.columnFocusArea), D(.columnPromise), D(.columnOwner), D(.columnTarget)],
                                             rows: rows, numeric: []), dates: []))
        } else {
            blocks.append(.paragraph(D(.noNextYear(next))))
        }
        return blocks
    }
}
