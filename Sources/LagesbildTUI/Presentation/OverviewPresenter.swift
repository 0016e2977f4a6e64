import LagesbildCore

/// Turns a situation picture into the rows of the three overview panels and the header.
/// Every number comes straight from the picture, which is what `lagesbild summary`
/// prints, so the dashboard and the report cannot disagree.
public struct OverviewPresenter {
    public let plan: Plan
    public let picture: SituationPicture
    public let language: Language
    public let filter: DashboardFilter

    public init(plan: Plan, picture: SituationPicture, language: Language, filter: DashboardFilter = DashboardFilter()) {
        self.plan = plan
        self.picture = picture
        self.language = language
        self.filter = filter
    }

    private func t(_ d: DashboardText) -> String { language(.dashboard(d)) }

    /// `Lägesbild · Vaggeryd 2023 · 2023 T3 sep–dec · v.47`: the plan, the period and
    /// the ISO week of the day the picture is taken on; a week that is itself the period
    /// is named once (`2023 v.47`).
    public var headerTitle: String {
        let title = language(.summaryTitle(municipality: plan.municipality, year: plan.year, period: picture.period))
        if picture.period.kind == .week, picture.period.contains(picture.asOf) { return title }
        return title + " · " + t(.weekShort(picture.asOf.isoWeek.week))
    }

    public static func role(of state: PromiseState) -> StyleRole {
        switch state {
        case .done: return .good
        case .onTrack: return .warning
        case .behind: return .bad
        }
    }

    /// Not by colour alone: a mark says the same as the status colour.
    public static func mark(of state: PromiseState) -> String {
        switch state {
        case .done: return "✓"
        case .onTrack: return " "
        case .behind: return "!"
        }
    }

    /// Promises grouped under their focus area headings, in plan order.
    public var focusPanel: PanelModel {
        var rows: [ListRow] = []
        let shown = picture.promises.filter { filter.matches($0.promise, plan: plan) }
        var areaOrder = plan.focusAreas.map(\.id)
        for status in shown where !areaOrder.contains(status.promise.focusArea) { areaOrder.append(status.promise.focusArea) }
        let countWidth = shown.map { TextWidth.width("\($0.done)/\($0.target)") }.max() ?? 3
        for area in areaOrder {
            let inArea = shown.filter { $0.promise.focusArea == area }
            guard !inArea.isEmpty else { continue }
            rows.append(ListRow(label: plan.focusArea(id: area)?.name ?? area, labelRole: .title))
            for status in inArea {
                let role = OverviewPresenter.role(of: status.state)
                rows.append(ListRow(label: " " + status.promise.text, cells: [
                    RowCell(Bars.progress(done: status.done, target: status.target, width: 4), role: role, droppable: true),
                    RowCell("\(status.done)/\(status.target)", width: countWidth),
                    RowCell(OverviewPresenter.mark(of: status.state), width: 1, role: role),
                ], target: .promise(status.promise.id)))
            }
        }
        // A year without a plan has no promises: the panel says why instead of "no matches".
        let empty = plan.hasTargets ? t(.noMatches) : t(.noPlanTargets(year: plan.year))
        return PanelModel(title: t(.focusAreas), rows: rows, emptyText: empty)
    }

    /// Hot spots by priority: trend, incidents in the period, days since the last round,
    /// `!` when a round is overdue. A hot spot added at a meeting (not in `plan.yaml`) is
    /// marked `+` before its name, so the chair knows to adopt it in the plan some day.
    public var hotSpotPanel: PanelModel {
        let shown = picture.hotSpots.filter { filter.matches($0.hotSpot, plan: plan) }
        // As wide as the largest count (a busy year's four-digit counts are never cut) and
        // its column head.
        let countWidth = max(TextWidth.width(t(.columnIncidents)), shown.map { String($0.incidents).count }.max() ?? 3)
        // Days since the last round: as wide as the longest (a place not walked for years).
        let days = shown.map { $0.daysSinceLastRound.map { language(.daysShort($0)) } ?? "–" }
        let daysWidth = max(TextWidth.width(t(.columnLastRound)), days.map(TextWidth.width).max() ?? 4)
        let header = ListRow(label: t(.columnPlace), labelRole: .dim, cells: [
            RowCell("±" + language(.analysis(.columnKind)).prefix(1), width: 2, role: .dim),
            RowCell(t(.columnIncidents), width: countWidth, role: .dim),
            RowCell(t(.columnLastRound), width: daysWidth, role: .dim), RowCell("", width: 1),
        ])
        let rows = shown.map { s in
            ListRow(label: (s.hotSpot.addedInJournal ? "+" : "") + s.hotSpot.name, cells: [
                // The trend and the kind's one-letter mark (legend in `?`) in one cell of two.
                RowCell(s.trend.arrow + (s.kind.map { language(.analysis(.kindMark($0))) } ?? " "), width: 2,
                        role: s.trend == .rising || s.kind == .persistent || s.kind == .emerging ? .bad
                            : (s.trend == .falling ? .good : .normal)),
                RowCell("\(s.incidents)", width: countWidth),
                RowCell(s.daysSinceLastRound.map { language(.daysShort($0)) } ?? "–", width: daysWidth,
                        role: s.overdue ? .bad : .normal),
                RowCell(s.overdue ? "!" : " ", width: 1, role: .bad),
            ], target: .hotSpot(s.hotSpot.id))
        }
        return PanelModel(title: t(.hotSpots), rows: rows.isEmpty ? [] : [header] + rows, emptyText: t(.noMatches))
    }

    /// Rounds and interventions per kind against the period's target, with a weekly sparkline.
    public var activityPanel: PanelModel {
        let counts = picture.activities.map { a in a.target.map { "\(a.count)/\($0)" } ?? "\(a.count)" }
        let countWidth = counts.map { TextWidth.width($0) }.max() ?? 3
        var rows = zip(picture.activities, counts).map { a, count in
            let role: StyleRole = a.target.map { a.count >= $0 ? .good : .normal } ?? .normal
            return ListRow(label: activityName(a.metric), cells: [
                RowCell(count, width: countWidth, role: role),
                RowCell(Bars.sparkline(a.weekly), role: .dim, elastic: true),
            ], target: .metric(a.metric.key))
        }
        // Under the rounds: the share of visits that lasted long enough to work (`Dosage`).
        if let share = picture.visits?.effectiveShare, !rows.isEmpty {
            rows.insert(ListRow(label: " " + language(.analysis(.effectiveLabel)), labelRole: .dim,
                                cells: [RowCell(language(.analysis(.percent(share))), width: countWidth, role: .dim)]), at: 1)
        }
        return PanelModel(title: t(.activities) + " " + OverviewPresenter.shortPeriod(picture.period, language),
                          rows: rows, emptyText: language(.none))
    }

    /// `Rundor`, or an intervention kind on its own (`Trafik`): the panel title already says these are activities.
    func activityName(_ metric: PromiseMetric) -> String {
        switch metric {
        case .rounds: return language(.metric(metric))
        case .interventions(let kind):
            let word = language(.interventionKind(kind))
            return word.prefix(1).uppercased() + word.dropFirst()
        }
    }

    /// `T3`, `v.47` or `2023`: the period in a panel title.
    public static func shortPeriod(_ p: Period, _ language: Language) -> String {
        switch p.kind {
        case .year: return "\(p.year)"
        case .tertial: return "T\(p.index)"
        case .week: return language(.dashboard(.weekShort(p.index)))
        }
    }
}
