import Foundation
import LagesbildCore

/// One line of a drill-down view.
public struct DetailLine: Sendable, Equatable {
    public var text: String
    public var role: StyleRole
    /// What Enter opens when this line is selected (a round); nil for plain lines.
    public var target: ListRow.Target?
    /// A line of free text (notes, a reason) wraps onto further lines indented this far
    /// instead of being cut at the frame; nil for lines that are cut.
    public var hangingIndent: Int?
    /// At most this many lines when wrapped; the last ends with `…` when the text goes on.
    public var maxLines: Int

    public init(_ text: String, role: StyleRole = .normal, target: ListRow.Target? = nil, hangingIndent: Int? = nil,
                maxLines: Int = DetailModel.maximumLines) {
        self.text = TextWidth.sanitize(text)
        self.role = role
        self.target = target
        self.hangingIndent = hangingIndent
        self.maxLines = maxLines
    }

    /// A line of a list (a round or an incident among others): wrapped, but kept to a few
    /// lines so the list stays a list.
    public static let listLines = 3
}

/// A drill-down view: a title and lines to scroll through.
public struct DetailModel: Sendable, Equatable {
    public var title: String
    public var lines: [DetailLine]
}

/// Builds the drill-down views: a hot spot over time, and the activities counted toward
/// a promise or an activity row. Numbers come from the same picture as the overview.
public struct DetailPresenter {
    public let plan: Plan
    public let ledger: Ledger
    public let picture: SituationPicture
    public let language: Language
    /// False on a terminal without UTF-8 (`TimeMatrixLines`).
    public let unicode: Bool
    /// The real date: an evaluation's after-window runs to today, not to the viewed period's end.
    public let today: Day

    public init(plan: Plan, ledger: Ledger, picture: SituationPicture, language: Language, unicode: Bool = true, today: Day? = nil) {
        self.plan = plan
        self.ledger = ledger
        self.picture = picture
        self.language = language
        self.unicode = unicode
        self.today = today ?? picture.asOf
    }

    private func t(_ d: DashboardText) -> String { language(.dashboard(d)) }

    /// Counts per sparkline week, cut to the picture's period and `asOf` like the activity panel.
    private func weekly(_ days: [Day]) -> [Int] {
        let period = picture.period
        return SituationAnalyzer.sparklineWeeks(for: period, asOf: picture.asOf).map { w in
            let from = period.kind == .week ? w.start : max(w.start, period.start)
            let to = min(w.end, picture.asOf)
            return days.filter { $0 >= from && $0 <= to }.count
        }
    }

    private func inPeriod(_ day: Day) -> Bool { day >= picture.period.start && day <= picture.asOf }

    public func hotSpot(_ id: String) -> DetailModel? {
        guard let s = picture.hotSpots.first(where: { $0.hotSpot.id == id }) else { return nil }
        // The place's own records of what is shown (the period, and the weeks of its
        // sparkline) from the index: a drill-down never walks the whole folder, nor all the
        // years of its place.
        let shownFrom = min(picture.period.start,
                            SituationAnalyzer.sparklineWeeks(for: picture.period, asOf: picture.asOf).first?.start ?? picture.period.start)
        let all = ledger.incidents(at: id, from: shownFrom, to: picture.asOf)
        // A possible duplicate is shown once, on the incident it repeats, with both sources.
        let duplicateOf = ledger.index.duplicateOf
        let incidents = all.filter { duplicateOf[$0.id] == nil }
        var alsoFrom: [UUID: [IncidentSource]] = [:]
        for i in all { if let kept = duplicateOf[i.id] { alsoFrom[kept, default: []].append(i.source) } }
        let rounds = ledger.rounds(at: id, from: shownFrom, to: picture.asOf)
        // When: the period's incidents by weekday and hour; the peak window said near the
        // top, the shaded matrix after the lists (so a list's first line stays in view).
        let matrix = TimeMatrix(incidents.filter { inPeriod($0.date) })
        let peak = PeakWindow.find(in: matrix)
        var lines: [DetailLine] = [
            DetailLine(s.hotSpot.locality + " · " + t(.detailPriority(OverviewPresenter.formatPriority(s.priority))), role: .dim),
            DetailLine(t(.detailIncidentsNowBefore(now: s.incidents, before: s.incidentsBefore)) + " " + s.trend.arrow
                       + " " + language(.report(.trend(s.trend))),
                       role: s.trend == .rising ? .bad : .normal),
            DetailLine(language(.analysis(.kindLine(s.kind, hotWeeks: s.hotWeeks, weeks: s.weeksClassified))),
                       role: s.kind == .persistent || s.kind == .emerging ? .bad : .normal),
            DetailLine(language(.analysis(.when)) + ": " + language(.analysis(peak.map { .peak($0, timed: matrix.timed) } ?? .noPeak(timed: matrix.timed))),
                       role: peak == nil ? .dim : .normal),
            DetailLine(t(.detailRounds(count: s.rounds))),
            DetailLine(language(.analysis(.presenceLine(Dosage.presence(at: id, rounds: rounds, from: picture.period.start,
                                                                       to: picture.asOf, target: s.hotSpot.weeklyVisitTarget))))),
            DetailLine(t(.detailLastRound(days: s.daysSinceLastRound)) + (s.overdue ? " ! " + language(.overdue) : ""),
                       role: s.overdue ? .bad : .normal),
            DetailLine(""),
        ]
        let labelWidth = max(TextWidth.width(t(.detailWeeklyIncidents)), TextWidth.width(t(.detailWeeklyRounds))) + 2
        lines.append(DetailLine(TextWidth.pad(t(.detailWeeklyIncidents), to: labelWidth) + Bars.sparkline(weekly(incidents.map(\.date)))))
        lines.append(DetailLine(TextWidth.pad(t(.detailWeeklyRounds), to: labelWidth) + Bars.sparkline(weekly(rounds.map(\.date)))))


        lines.append(DetailLine(""))
        lines.append(DetailLine(t(.detailMeasures), role: .title))
        // Every measure still open, and those decided in the period that are done or struck
        // off, with their status: what the meeting decided here, not only what is left.
        let measures = ledger.index.measures(at: id).filter { $0.status.isOpen || inPeriod($0.decided) }
        if measures.isEmpty { lines.append(DetailLine("  " + language(.none), role: .dim)) }
        for m in measures {
            let overdue = m.isOverdue(on: picture.asOf)
            let status = m.status.isOpen ? (overdue ? " · " + language(.overdue) : "") : " · " + language(.measureStatus(m.status))
            lines.append(DetailLine((overdue ? "! " : "  ") + m.due.iso + "  " + m.what + " (" + m.responsible + ")" + status,
                                    role: overdue ? .bad : (m.status.isOpen ? .normal : .dim)))
        }

        lines.append(DetailLine(""))
        lines.append(DetailLine(t(.detailRoundList), role: .title))
        let periodRounds = rounds.filter { inPeriod($0.date) }.sorted { $0.date > $1.date }
        if periodRounds.isEmpty { lines.append(DetailLine("  " + language(.none), role: .dim)) }
        for r in periodRounds {
            lines.append(DetailLine("  " + r.date.iso + "  " + t(.participants(r.participantCount))
                                    + (r.notes.isEmpty ? "" : "  " + r.notes), target: .round(r.id), hangingIndent: 14,
                                    maxLines: DetailLine.listLines))
        }

        lines += effectLines(at: id)

        lines.append(DetailLine(""))
        lines.append(DetailLine(language(.analysis(.matrixTitle)), role: .title))
        lines += TimeMatrixText.lines(matrix, language: language, unicode: unicode).map { DetailLine("  " + $0) }
        if matrix.untimed > 0 { lines.append(DetailLine("  " + language(.analysis(.untimed(matrix.untimed))), role: .dim)) }

        lines.append(DetailLine(""))
        lines.append(DetailLine(t(.detailIncidentList), role: .title))
        let periodIncidents = incidents.filter { inPeriod($0.date) }.sorted { ($0.date, $0.time?.minutes ?? 0) > ($1.date, $1.time?.minutes ?? 0) }
        if periodIncidents.isEmpty { lines.append(DetailLine("  " + language(.none), role: .dim)) }
        // A busy place lists a thousand incidents: each line is written once into one
        // string, with the names of categories and sources looked up once per view.
        let categoryNames = Dictionary(uniqueKeysWithValues: IncidentCategory.allCases.map { ($0, language(.incidentCategory($0))) })
        let sourceNames = Dictionary(uniqueKeysWithValues: IncidentSource.allCases.map { ($0, language(.incidentSource($0))) })
        lines.reserveCapacity(lines.count + periodIncidents.count)
        for i in periodIncidents {
            var sources = sourceNames[i.source]!
            let also = alsoFrom[i.id]
            for other in also ?? [] { sources += " + " + sourceNames[other]! }
            let line = String.concatenating(
                "  ", i.date.iso, i.time == nil ? "" : " ", i.time?.description ?? "",
                "  ", categoryNames[i.category]!, " (", sources, ")",
                also == nil ? "" : "  ", also == nil ? "" : language(.geo(.duplicateLine(sources: sources))),
                i.text.isEmpty ? "" : "  ", i.text)
            lines.append(DetailLine(line, hangingIndent: 14, maxLines: DetailLine.listLines))
        }
        return DetailModel(title: s.hotSpot.name, lines: lines)
    }

    public func promise(_ id: String) -> DetailModel? {
        guard let s = picture.promises.first(where: { $0.promise.id == id }) else { return nil }
        let area = plan.focusArea(id: s.promise.focusArea)?.name ?? s.promise.focusArea
        var lines: [DetailLine] = [
            DetailLine(area + " · " + language(.promiseOwner(s.promise.owner)), role: .dim),
            DetailLine(t(.detailSpan(s.span))),
            DetailLine(t(.detailProgress(done: s.done, target: s.target)) + "  " + Bars.progress(done: s.done, target: s.target)
                       + "  " + language(.promiseState(s.state)), role: OverviewPresenter.role(of: s.state)),
            DetailLine(""),
            DetailLine(t(.detailCounted), role: .title),
        ]
        lines += counted(s.promise.metric, from: s.span.start, to: min(picture.asOf, s.span.end))
        return DetailModel(title: s.promise.text, lines: lines)
    }

    public func metric(_ key: PromiseMetricKey) -> DetailModel? {
        guard let metric = PromiseMetric(key: key),
              let a = picture.activities.first(where: { $0.metric == metric }) else { return nil }
        var lines: [DetailLine] = [
            DetailLine(t(.detailSpan(picture.period))),
            DetailLine(a.target.map { t(.detailProgress(done: a.count, target: $0)) } ?? "\(a.count)"),
            DetailLine(Bars.sparkline(a.weekly), role: .dim),
            DetailLine(""),
        ]
        lines += counted(metric, from: picture.period.start, to: picture.asOf)
        return DetailModel(title: language(.metric(metric)), lines: lines)
    }

    /// The records a metric counts between two days, newest first.
    private func counted(_ metric: PromiseMetric, from: Day, to: Day) -> [DetailLine] {
        var out: [(Day, String)] = []
        var targets: [String: ListRow.Target] = [:]
        switch metric {
        case .rounds:
            for r in ledger.rounds.values where r.date >= from && r.date <= to {
                let places = r.hotSpots.map { plan.hotSpot(id: $0)?.name ?? $0 }.joined(separator: ", ")
                let line = r.date.iso + "  " + t(.round) + "  " + places
                out.append((r.date, line))
                targets[line] = .round(r.id)
            }
        case .interventions(let kind):
            for i in ledger.interventions.values where i.kind == kind && i.date >= from && i.date <= to {
                let place = i.hotSpot.flatMap { plan.hotSpot(id: $0)?.name } ?? i.place
                out.append((i.date, i.date.iso + "  " + t(.intervention) + " " + language(.interventionKind(kind))
                            + "  " + place + " (" + language(.organisation(i.organisation)) + ")"))
            }
        }
        if out.isEmpty { return [DetailLine("  " + language(.none), role: .dim)] }
        return out.sorted { ($0.0, $0.1) > ($1.0, $1.1) }.map { DetailLine("  " + $0.1, target: targets[$0.1]) }
    }
}

extension OverviewPresenter {
    /// The priority score with one decimal, as the summary prints it.
    public static func formatPriority(_ p: Double) -> String {
        let tenths = Int((p * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
