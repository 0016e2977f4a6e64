/// The *årshjul*: weeks of the year that peak in more than one year (README, "Årshjul").
/// A week peaks in a year when its counted incidents are too many for that year's weekly
/// mean: the Poisson upper tail P(X ≥ count) below 5 %, as a hot week is judged. Weeks by
/// ISO number; a year counts only the weeks it has had up to the day of the document.
public enum YearWheel {
    public struct PeakWeek: Sendable, Equatable {
        public var week: Int
        public var years: [Int]
        public var counts: [Int]
    }

    public static func peakWeeks(_ incidents: some Sequence<Incident>, years: [Int], asOf: Day) -> [PeakWeek] {
        var counts: [Int: [Int: Int]] = [:]  // year → week → count
        for i in incidents where i.date <= asOf {
            let w = i.date.isoWeek
            guard years.contains(w.year) else { continue }
            counts[w.year, default: [:]][w.week, default: 0] += 1
        }
        var peaks: [Int: [(year: Int, count: Int)]] = [:]
        for year in years {
            let weeks = weeksPassed(year, asOf: asOf)
            guard weeks > 0 else { continue }
            let byWeek = counts[year] ?? [:]
            let mean = Double(byWeek.values.reduce(0, +)) / Double(weeks)
            guard mean > 0 else { continue }
            for (week, c) in byWeek where HotSpotClassifier.poissonUpperTail(c, mean: mean) < 0.05 {
                peaks[week, default: []].append((year, c))
            }
        }
        return peaks.filter { $0.value.count > 1 }.map { week, hits in
            let sorted = hits.sorted { $0.year < $1.year }
            return PeakWeek(week: week, years: sorted.map(\.year), counts: sorted.map(\.count))
        }.sorted { $0.week < $1.week }
    }

    /// ISO weeks of `year` that have begun by `asOf`.
    static func weeksPassed(_ year: Int, asOf: Day) -> Int {
        guard let first = Period.week(year, 1) else { return 0 }
        var n = 0
        var week = first
        while week.isoYear == year && week.start <= asOf {
            n += 1
            week = week.next
        }
        return n
    }
}

extension Period {
    /// The ISO year a week period belongs to.
    var isoYear: Int { start.isoWeek.year }
}

/// Sections 6 and 7: the year wheel and the sources.
extension LawDocumentBuilder {
    func yearWheel() -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        let peaks = YearWheel.peakWeeks(input.ledger.countedIncidents, years: years, asOf: asOf)
        if peaks.isEmpty {
            blocks += [.subheading(D(.peakWeeksHeading)), .paragraph(D(.noPeakWeeks))]
        } else {
            let rows = peaks.map { p -> [String] in
                let last = p.years.last!
                let dates = Period.week(last, p.week).map { "\($0.start.iso) – \($0.end.iso)" } ?? ""
                return [String(p.week), zip(p.years, p.counts).map { "\($0) (\($1))" }.joined(separator: ", "), dates, D(.occasion(p.week))]
            }
            blocks.append(.table(ReportTable(heading: D(.peakWeeksHeading), header: [D(.columnWeek), D(.columnYears), D(.columnDates),
                                                                                     D(.columnOccasion)],
                                             rows: rows, numeric: [0], note: D(.peakRule)), dates: [2]))
        }
        blocks.append(.subheading(D(.rhythmHeading)))
        var lines: [String] = []
        for year in years {
            let held = input.ledger.meetings.values.filter { $0.date.year == year }
            lines.append(D(.meetingsHeld(year: year, meetings: held.count, weeks: Set(held.map(\.week)).count)))
        }
        let tertials = (1...3).compactMap { Period.tertial(input.year, $0) }.map { "T\($0.index) \($0.end.iso)" }.joined(separator: ", ")
        lines.append(D(.tertialFollowUps(tertials)))
        blocks.append(.bullets(lines))
        return blocks
    }

    func sources() -> [DocumentBlock] {
        let ledger = input.ledger
        let heads = years.map { L(.years(.column(.year($0)))) }
        func perYear(_ days: [Day]) -> [String] {
            years.map { y in String(days.filter { $0.year == y && $0 <= asOf }.count) }
        }
        let rows: [[String]] = [
            [D(.recordKind(.round))] + perYear(ledger.rounds.values.map(\.date)),
            [D(.recordKind(.intervention))] + perYear(ledger.interventions.values.map(\.date)),
            [D(.recordKind(.incident))] + perYear(Array(ledger.countedIncidents).map(\.date)),
            [D(.recordKind(.measure))] + perYear(ledger.measures.values.map(\.decided)),
        ]
        var lines = [D(.periodsUsed(first: years.first!, last: input.year))]
        let voided = ledger.voidedContent.values.filter { RecordIndex.yearDay(of: $0).map { years.contains($0.year) } ?? false }.count
        lines.append(D(.excludedVoided(voided)))
        let duplicates = ledger.index.duplicateOf.keys.filter { id in ledger.incidents[id].map { years.contains($0.date.year) } ?? false }.count
        lines.append(D(.excludedDuplicates(duplicates)))
        let unreadable = input.diagnostics.unreadable
        if !unreadable.isEmpty { lines.append(D(.excludedUnreadable(unreadable.map(\.file).joined(separator: ", ")))) }
        let errors = input.diagnostics.filter { $0.severity == .error }.count
        lines.append(D(.diagnosticsNote(errors: errors, warnings: input.diagnostics.count - errors)))
        lines.append(D(.surveyRows(input.surveys.count)))
        lines.append(input.texts.isEmpty ? D(.noTexts(input.textsFile)) : D(.texts(input.textsFile)))
        return [.table(ReportTable(heading: D(.sourcesUsed), header: [D(.columnKindOfRecord)] + heads, rows: rows,
                                   numeric: Set(1...years.count)), dates: []),
                .bullets(lines)]
    }
}
