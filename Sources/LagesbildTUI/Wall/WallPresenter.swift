import LagesbildCore

/// One big number of the key-figures page, with the words that say what it counts.
public struct KeyFigure: Sendable, Equatable {
    public var value: String
    public var caption: String
    public var role: StyleRole
}

/// Turns a situation picture into what the wall's pages show. Every number comes from
/// the picture, as in the dashboard and `lagesbild summary`, so they cannot disagree.
public struct WallPresenter {
    public let plan: Plan
    public let picture: SituationPicture
    public let language: Language

    public init(plan: Plan, picture: SituationPicture, language: Language) {
        self.plan = plan
        self.picture = picture
        self.language = language
    }

    private func t(_ w: WallText) -> String { language(.wall(w)) }

    public var overview: OverviewPresenter { OverviewPresenter(plan: plan, picture: picture, language: language) }

    // MARK: Key figures

    /// Rounds against target, hot spots overdue for a round, open measures.
    public var keyFigures: [KeyFigure] {
        let rounds = picture.activities.first { $0.metric == .rounds }
        let done = rounds?.count ?? 0
        let roundsValue = rounds?.target.map { "\(done)/\($0)" } ?? "\(done)"
        let roundsReached = rounds?.target.map { done >= $0 } ?? false
        let overdueSpots = picture.hotSpots.filter(\.overdue).count
        let overdueMeasures = picture.openMeasures.filter { $0.isOverdue(on: picture.asOf) }.count
        return [
            KeyFigure(value: roundsValue,
                      caption: t(.figureRounds(period: OverviewPresenter.shortPeriod(picture.period, language))),
                      role: roundsReached ? .good : .normal),
            KeyFigure(value: "\(overdueSpots)", caption: t(.figureOverdueSpots(intervalDays: plan.roundIntervalDays)),
                      role: overdueSpots > 0 ? .bad : .good),
            KeyFigure(value: "\(picture.openMeasures.count)", caption: t(.figureOpenMeasures(overdue: overdueMeasures)),
                      role: overdueMeasures > 0 ? .bad : .normal),
        ]
    }

    /// The hot spots waiting for a round, highest priority first.
    public var overdueSpotNames: [String] {
        picture.hotSpots.filter(\.overdue).map { TextWidth.sanitize($0.hotSpot.name) }
    }

    // MARK: Hot-spot ranking

    /// Every active hot spot by priority: trend, incidents now and before, rounds, days
    /// since the last round, `!` when a round is overdue.
    public var hotSpotRanking: PanelModel {
        let widths = [5, 5, 5, 5, 6, 6, 1]
        var rows = [ListRow(label: "", labelRole: .title, cells: zip(
            [t(.columnTrend), language(.analysis(.columnKind)), t(.columnIncidents), t(.columnBefore), t(.columnRounds), t(.columnLastRound), ""], widths
        ).map { RowCell($0, width: $1, role: .title) })]
        for (rank, s) in picture.hotSpots.enumerated() {
            let label = "\(rank + 1). \(s.hotSpot.name) (\(s.hotSpot.locality))"
            rows.append(ListRow(label: label, cells: [
                RowCell(s.trend.arrow, width: widths[0], role: s.trend == .rising ? .bad : (s.trend == .falling ? .good : .normal)),
                RowCell(s.kind.map { language(.analysis(.kindMark($0))) } ?? " ", width: widths[1]),
                RowCell("\(s.incidents)", width: widths[2]),
                RowCell("\(s.incidentsBefore)", width: widths[3], role: .dim),
                RowCell("\(s.rounds)", width: widths[4]),
                RowCell(s.daysSinceLastRound.map { language(.daysShort($0)) } ?? "–", width: widths[5],
                        role: s.overdue ? .bad : .normal),
                RowCell(s.overdue ? "!" : " ", width: widths[6], role: .bad),
            ], target: .hotSpot(s.hotSpot.id)))
        }
        return PanelModel(title: language(.periodName(picture.period)), rows: rows, emptyText: language(.none))
    }

    // MARK: Promises and activities

    /// Each promise with a wide progress bar, done against target and its state in words.
    public var promisePanel: PanelModel {
        let counts = picture.promises.map { "\($0.done)/\($0.target)" }
        let countWidth = counts.map { TextWidth.width($0) }.max() ?? 3
        let stateWidth = PromiseState.allStates.map { TextWidth.width(language(.promiseState($0))) }.max() ?? 5
        let rows = zip(picture.promises, counts).map { status, count in
            let role = OverviewPresenter.role(of: status.state)
            return ListRow(label: status.promise.text, cells: [
                RowCell(Bars.progress(done: status.done, target: status.target, width: 10), role: role),
                RowCell(count, width: countWidth),
                RowCell(language(.promiseState(status.state)), width: stateWidth, role: role),
            ], target: .promise(status.promise.id))
        }
        // A year without a plan has no promises: the panel says so rather than "none".
        let empty = plan.hasTargets ? language(.none) : language(.dashboard(.noPlanTargets(year: plan.year)))
        return PanelModel(title: t(.promiseHeading), rows: rows, emptyText: empty)
    }

    /// The overview's activity rows (count against target, weekly sparkline) under a wall title.
    public var activityPanel: PanelModel {
        var panel = overview.activityPanel
        panel.title = t(.activityHeading) + " " + OverviewPresenter.shortPeriod(picture.period, language)
        return panel
    }

    // MARK: Open measures

    /// Open measures, overdue first: what and who, where, by when.
    public var measurePanel: PanelModel {
        let placeWidth = min(18, picture.openMeasures.map { TextWidth.width(place(of: $0)) }.max() ?? 0)
        let overdueWord = t(.measureOverdue)
        let markWidth = TextWidth.width("! " + overdueWord)
        var rows: [ListRow] = []
        if !picture.openMeasures.isEmpty {
            rows.append(ListRow(label: "", labelRole: .title, cells: [
                RowCell(t(.columnPlace), width: max(placeWidth, TextWidth.width(t(.columnPlace))), role: .title),
                RowCell(t(.columnDue), width: max(10, TextWidth.width(t(.columnDue))), role: .title),
                RowCell("", width: markWidth),
            ]))
        }
        let places = TextWidth.distinctLabels(picture.openMeasures.map(place(of:)), columns: max(1, placeWidth))
        for (measure, place) in zip(picture.openMeasures, places) {
            let overdue = measure.isOverdue(on: picture.asOf)
            rows.append(ListRow(label: "\(measure.what) (\(measure.responsible))", cells: [
                RowCell(place, width: max(placeWidth, TextWidth.width(t(.columnPlace)))),
                RowCell(measure.due.iso, width: max(10, TextWidth.width(t(.columnDue))), role: overdue ? .bad : .normal),
                RowCell(overdue ? "! " + overdueWord : "", width: markWidth, role: .bad),
            ]))
        }
        return PanelModel(title: language(.periodName(picture.period)), rows: rows, emptyText: t(.noOpenMeasures))
    }

    private func place(of measure: Measure) -> String {
        TextWidth.sanitize(measure.hotSpot.flatMap { plan.hotSpot(id: $0)?.name } ?? "–")
    }
}

private extension PromiseState {
    static let allStates: [PromiseState] = [.done, .onTrack, .behind]
}
