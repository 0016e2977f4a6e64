import Foundation
import LagesbildCore

/// The chair's dashboard without a terminal: holds the data and the view state, turns
/// keys into state changes and draws a frame on any `Screen`. The curses loop and the
/// tests drive it the same way.
public final class DashboardApp {
    public let source: EventSource
    public let sink: EventSink?
    public let options: DashboardOptions
    public var language: Language { options.language }

    public private(set) var plan: Plan?
    public private(set) var ledger = Ledger()
    public private(set) var dataAvailable = true
    public private(set) var today: Day
    public private(set) var period: Period
    public private(set) var focus: PanelID = .hotSpots
    public private(set) var mode: DashboardMode = .overview
    public private(set) var filter = DashboardFilter()
    /// A one-shot line in the footer (saved, read-only, save failed); cleared by the next key.
    public private(set) var message: (text: String, role: StyleRole)?
    /// The time shown in the header.
    public var clock: () -> String

    /// The view an overlay or form returns to.
    private(set) var baseMode: DashboardMode = .overview
    private var selection: [PanelID: Int] = [:]
    /// Rows that fit in the focused panel at the last frame; PgUp/PgDn move by it.
    var pageSize = 10
    /// Bumped whenever plan or records change, so the cached picture is rebuilt.
    private var dataRevision = 0
    private var cache: (key: CacheKey, picture: SituationPicture)?

    private struct CacheKey: Equatable {
        var revision: Int
        var period: Period
        var today: Day
    }

    public init(source: EventSource, sink: EventSink?, options: DashboardOptions, today: Day,
                clock: @escaping () -> String = { "" }) {
        self.source = source
        self.sink = sink
        self.options = options
        self.today = today
        self.clock = clock
        period = Period.containing(today, kind: .tertial)
        refresh()
        period = options.period ?? DashboardOptions.initialPeriod(plan: plan, today: today)
    }

    public var canRecord: Bool { !options.readOnly && sink != nil }

    // MARK: Data

    /// Picks up what changed in the data folder since the last look.
    public func refresh() {
        let snapshot = source.refresh()
        dataAvailable = snapshot.available
        if let newPlan = snapshot.plan, newPlan != plan {
            plan = newPlan
            dataRevision += 1
        }
        if snapshot.restarted {
            ledger = Ledger(events: snapshot.newEvents)
            dataRevision += 1
        } else if !snapshot.newEvents.isEmpty {
            let before = ledger.revision
            ledger.apply(snapshot.newEvents)
            if ledger.revision != before { dataRevision += 1 }
        }
    }

    /// The idle tick: new data, and a new day after midnight.
    public func tick(today newToday: Day) {
        if newToday != today { today = newToday }
        refresh()
    }

    /// The situation picture of the viewed period, as `lagesbild summary` computes it.
    public var picture: SituationPicture? {
        guard let plan else { return nil }
        let key = CacheKey(revision: dataRevision, period: period, today: today)
        if let cache, cache.key == key { return cache.picture }
        let picture = SituationAnalyzer(plan: plan, ledger: ledger).picture(for: period, today: today)
        cache = (key, picture)
        return picture
    }

    public func overview() -> OverviewPresenter? {
        guard let plan, let picture else { return nil }
        return OverviewPresenter(plan: plan, picture: picture, language: language, filter: filter)
    }

    func panel(_ id: PanelID) -> PanelModel? {
        guard let o = overview() else { return nil }
        switch id {
        case .focusAreas: return o.focusPanel
        case .hotSpots: return o.hotSpotPanel
        case .activities: return o.activityPanel
        }
    }

    public func detail(_ target: ListRow.Target) -> DetailModel? {
        guard let plan, let picture else { return nil }
        let p = DetailPresenter(plan: plan, ledger: ledger, picture: picture, language: language)
        switch target {
        case .hotSpot(let id): return p.hotSpot(id)
        case .promise(let id): return p.promise(id)
        case .metric(let key): return p.metric(key)
        }
    }

    /// Index of the selected row among a panel's selectable rows, clamped to what is there.
    public func selectedIndex(_ id: PanelID) -> Int {
        let count = panel(id)?.selectableRows.count ?? 0
        return max(0, min(selection[id] ?? 0, count - 1))
    }

    public func selectedTarget(_ id: PanelID) -> ListRow.Target? {
        let rows = panel(id)?.selectableRows ?? []
        let i = selectedIndex(id)
        return rows.indices.contains(i) ? rows[i].target : nil
    }

    // MARK: Keys

    /// Applies one key. Returns false when the dashboard should close.
    public func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .timeout:
            refresh()
            return true
        case .resize:
            return true
        default:
            message = nil
        }
        switch mode {
        case .overview, .detail: return handleBase(key)
        case .help(let scroll):
            switch KeyMap.action(for: key, in: .dashboard) {
            case .help, .back, .quit: mode = baseMode
            case .down: mode = .help(scroll: scroll + 1)
            case .up: mode = .help(scroll: max(0, scroll - 1))
            default: break
            }
        case .filter(var editor, let previous):
            switch key {
            case .enter: mode = baseMode
            case .escape:
                filter.name = previous
                mode = baseMode
            default:
                editor.handle(key)
                filter.name = editor.text
                selection = [:]
                mode = .filter(editor, previous: previous)
            }
        case .measureForm(var measureForm):
            switch measureForm.form.handle(key) {
            case .cancel: mode = baseMode
            case .editing: mode = .measureForm(measureForm)
            case .submit: submit(&measureForm)
            }
        }
        return true
    }

    private func handleBase(_ key: KeyEvent) -> Bool {
        guard let action = KeyMap.action(for: key, in: .dashboard) else { return true }
        switch action {
        case .quit: return false
        case .help:
            baseMode = mode
            mode = .help(scroll: 0)
        case .nextPanel: if mode == .overview { focus = focus.next }
        case .previousPanel: if mode == .overview { focus = focus.previous }
        case .up: move(by: -1)
        case .down: move(by: 1)
        case .pageUp: move(by: -max(1, pageSize - 1))
        case .pageDown: move(by: max(1, pageSize - 1))
        case .first: move(by: Int.min / 2)
        case .last: move(by: Int.max / 2)
        case .open:
            if mode == .overview, let target = selectedTarget(focus) { mode = .detail(target, scroll: 0) }
        case .back:
            if mode != .overview { mode = .overview } else { filter = DashboardFilter(); selection = [:] }
        case .previousPeriod: period = period.previous
        case .nextPeriod: period = period.next
        case .today: period = Period.containing(today, kind: period.kind)
        case .cycleKind: period = Period.containing(anchorDay, kind: period.kind.next)
        case .filterName:
            baseMode = mode
            mode = .filter(LineEditor(filter.name), previous: filter.name)
        case .filterFocus: cycleFocusFilter()
        case .newMeasure: openMeasureForm()
        default: break
        }
        return true
    }

    /// The day a period change keeps in view: the picture's day, kept inside the period.
    private var anchorDay: Day {
        today < period.start ? period.start : min(today, period.end)
    }

    private func move(by delta: Int) {
        switch mode {
        case .detail(let target, let scroll):
            let lines = detail(target)?.lines.count ?? 0
            let limit = max(0, lines - pageSize)
            mode = .detail(target, scroll: max(0, min(limit, scroll + delta)))
        default:
            let count = panel(focus)?.selectableRows.count ?? 0
            let current = selectedIndex(focus)
            selection[focus] = max(0, min(count - 1, current + delta))
        }
    }

    private func cycleFocusFilter() {
        guard let areas = plan?.focusAreas.map(\.id), !areas.isEmpty else { return }
        if let current = filter.focusArea, let i = areas.firstIndex(of: current) {
            filter.focusArea = i + 1 < areas.count ? areas[i + 1] : nil
        } else {
            filter.focusArea = areas[0]
        }
        selection = [:]
    }

    private func openMeasureForm() {
        guard canRecord else {
            message = (language(.dashboard(.readOnly)), .warning)
            return
        }
        let spotID: String?
        switch mode {
        case .detail(.hotSpot(let id), _): spotID = id
        case .overview where focus == .hotSpots:
            if case .hotSpot(let id)? = selectedTarget(.hotSpots) { spotID = id } else { spotID = nil }
        default: spotID = nil
        }
        guard let spotID, let spot = plan?.hotSpot(id: spotID) else { return }
        baseMode = mode
        mode = .measureForm(MeasureForm(hotSpot: spot, today: today, language: language))
    }

    private func submit(_ measureForm: inout MeasureForm) {
        guard let plan, let sink else { return }
        switch measureForm.measure(plan: plan, today: today, language: language) {
        case .failure(let errors):
            measureForm.form.setErrors(errors.byField)
            measureForm.form.message = nil
            mode = .measureForm(measureForm)
        case .success(let measure):
            let event = JournalEvent(timestamp: Date(), author: sink.author, action: .recorded, record: .measure(measure))
            do {
                try sink.append(event)
                // Shown at once; the same event read back later is ignored by id.
                ledger.apply([event])
                dataRevision += 1
                mode = baseMode
                message = (language(.dashboard(.measureSaved)), .good)
            } catch {
                measureForm.form.setErrors([:])
                measureForm.form.message = language(.dashboard(.saveFailed(String(describing: error))))
                mode = .measureForm(measureForm)
            }
        }
    }
}
