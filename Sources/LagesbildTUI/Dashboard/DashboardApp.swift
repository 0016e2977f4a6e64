import Foundation
import LagesbildCore

/// The chair's dashboard without a terminal: holds the data and the view state, turns
/// keys into state changes and draws a frame on any `Screen`. The curses loop and the
/// tests drive it the same way.
public final class DashboardApp {
    public let source: EventSource
    public let sink: EventSink?
    /// Where open entry forms are kept while typed; nil keeps no drafts.
    public let drafts: DraftKeeper?
    public let options: DashboardOptions
    public var language: Language { options.language }

    /// The plan of the viewed period's year, with the hot spots the journal added
    /// (`PlanBook.viewed`); for a year without a plan, one without targets.
    public internal(set) var plan: Plan?
    /// Every year's plan as the folder has it, before journal-added hot spots join it.
    var sourcePlans: PlanBook?
    /// The plan of today's year as the folder has it, for the meeting, which is always today's.
    var sourcePlan: Plan? { sourcePlans?.effective(forYear: today.year) }
    /// Why the view opened where it did, in the header until the period changes.
    var startNote: String?
    /// Files the picture lacks (a journal nobody may read): said in the header, listed in `?`.
    public internal(set) var unreadable: [Diagnostic] = []
    /// The open EST meeting view; it takes every key until it is left.
    public internal(set) var meeting: MeetingController?
    /// The open map; it takes every key unless a drill-down opened from it is in front.
    public internal(set) var map: MapController?
    /// True while a drill-down opened from the map is shown; Esc returns to the map.
    var mapBehind = false
    /// What the program says on the terminal after it ends: the minutes a meeting closed
    /// with when `lagesbild meeting` ends there.
    public internal(set) var farewell: String?
    /// Where a closed meeting's minutes are written; nil writes none.
    public var minutesWriter: MinutesWriter?
    /// Where `s` in the report view saves the report; nil saves nothing.
    public var reportWriter: ReportWriter?
    public internal(set) var ledger = Ledger()
    public private(set) var dataAvailable = true
    public private(set) var today: Day
    public internal(set) var period: Period {
        didSet {
            if period != oldValue { startNote = nil }
            updatePlan()
        }
    }
    public private(set) var focus: PanelID = .hotSpots
    public internal(set) var mode: DashboardMode = .overview
    public private(set) var filter = DashboardFilter()
    /// A one-shot line in the footer (saved, read-only, save failed); cleared by the next key.
    public internal(set) var message: (text: String, role: StyleRole)?
    /// The time shown in the header.
    public var clock: () -> String
    /// The time of day a new form's times default from.
    public var timeOfDay: () -> ClockTime
    /// The open entry form (round, intervention, incident, measure correction).
    public internal(set) var entry: EntrySession?
    /// The selected line of a drill-down that lists rounds, as an index into its lines.
    public internal(set) var detailSelection: Int?
    /// The drill-down a round's detail was opened from; Esc returns there.
    var detailParent: (mode: DashboardMode, selection: Int?)?
    /// True when the last frame was too small to show the view (see `TooSmallView.hiddenKey`).
    var hidden = false
    /// Rows of the body at the last frame; the help overlay scrolls no further than it needs.
    var bodyHeight = 22
    /// Columns of the body at the last frame; the report view wraps its lines to it.
    var bodyWidth = 80
    /// How far PgDn and PgUp scroll the help overlay: the lines inside its frame less one.
    var helpPage: Int { max(1, bodyHeight - 3) }

    /// The view an overlay or form returns to.
    var baseMode: DashboardMode = .overview
    private var selection: [PanelID: Int] = [:]
    /// Rows that fit in the focused panel at the last frame; PgUp/PgDn move by it.
    var pageSize = 10
    /// Bumped whenever plan or records change, so the cached picture is rebuilt.
    var dataRevision = 0
    private var cache: (key: CacheKey, picture: SituationPicture)?
    /// The open drill-down, built once per data revision, period and width: a render and a
    /// key each ask for it several times, and a hot spot's lists go through every record.
    private var detailCache: (key: DetailKey, model: DetailModel?, whole: Bool)?
    /// The report view's lines after its head, being laid out on the other core (`reportDetail`).
    var reportTail: ReportInProgress?
    /// Where that work runs, one at a time (a resize does not start several); a test holds
    /// it back to see the view before its tail.
    var besideQueue = DispatchQueue(label: "lagesbild.beside", qos: .userInitiated)
    /// The open drill-down as last built lacks the part being worked out beside it.
    var detailIsPartial: Bool { detailCache.map { !$0.whole } ?? false }

    struct DetailKey: Equatable {
        var target: ListRow.Target
        var data: CacheKey
        var width: Int
    }

    struct CacheKey: Equatable {
        var revision: Int
        var period: Period
        var today: Day
    }

    /// What the shown numbers are made from: the data as read, the period, the day.
    var dataKey: CacheKey { CacheKey(revision: dataRevision, period: period, today: today) }

    public init(source: EventSource, sink: EventSink?, options: DashboardOptions, today: Day,
                clock: @escaping () -> String = { "" }, drafts: DraftKeeper? = nil, timeOfDay: (() -> ClockTime)? = nil) {
        self.source = source
        self.sink = sink
        self.drafts = drafts
        self.options = options
        self.today = today
        self.clock = clock
        self.timeOfDay = timeOfDay ?? LocalClock.timeOfDay
        period = Period.containing(today, kind: .tertial)
        refresh()
        if let wanted = options.period {
            show(wanted, jump: true)
        } else {
            let start = StartPeriod.choose(plans: sourcePlans, index: ledger.index, today: today)
            period = start.period
            // Said at once: the header names the year without a plan, the footer why this period.
            if start.latestData {
                startNote = language(.dashboard(.noPlanShort(year: today.year)))
                message = (language(.dashboard(.openedLatestData(todayYear: today.year))), .warning)
            }
        }
        // Observers do not run in an initializer: the period's plan is taken here.
        updatePlan()
        offerNextDraft()
    }

    public var canRecord: Bool { !options.readOnly && sink != nil }

    // MARK: Data

    /// Picks up what changed in the data folder since the last look.
    public func refresh() {
        let before = ledger.revision
        let snapshot = source.refresh(applyingTo: &ledger)
        dataAvailable = snapshot.available
        unreadable = snapshot.diagnostics.unreadable
        if let newPlans = snapshot.plans, newPlans != sourcePlans {
            sourcePlans = newPlans
            dataRevision += 1
        }
        if snapshot.restarted || ledger.revision != before { dataRevision += 1 }
        updatePlan()
        followInMeeting(replaced: snapshot.restarted)
    }

    /// The idle tick: new data, and a new day after midnight.
    public func tick(today newToday: Day) {
        if newToday != today { today = newToday }
        refresh()
    }

    /// The situation picture of the viewed period, as `lagesbild summary` computes it.
    public var picture: SituationPicture? {
        guard let plan else { return nil }
        let key = dataKey
        if let cache, cache.key == key { return cache.picture }
        var picture = SituationAnalyzer(plan: plan, ledger: ledger).picture(for: period, today: today)
        picture.visits = ledger.index.presence(from: period.start, to: picture.asOf)
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

    /// The drill-down as drawn at the last frame's width: long free text wrapped, so
    /// scrolling, paging and selection count the lines on screen.
    public func detail(_ target: ListRow.Target) -> DetailModel? {
        guard let plan, let picture else { return nil }
        let key = DetailKey(target: target, data: dataKey, width: bodyWidth)
        // A report shown without its tail is built again once the tail has arrived.
        if let detailCache, detailCache.key == key, detailCache.whole || reportTail?.work.isRunning == true { return detailCache.model }
        let p = DetailPresenter(plan: plan, ledger: ledger, picture: picture, language: language, unicode: options.unicode, today: today)
        let model: DetailModel?
        var whole = true
        switch target {
        case .hotSpot(let id): model = p.hotSpot(id)
        case .promise(let id): model = p.promise(id)
        case .metric(let key): model = p.metric(key)
        case .round(let id): model = p.round(id)
        case .measure(let id): model = p.measure(id)
        case .intervention(let id): model = p.intervention(id)
        case .report: (model, whole) = reportDetail(key) ?? (nil, true)
        case .yearsReport: model = yearsReportDetail()
        }
        // The frame and a column of margin on each side.
        let wrapped = model?.wrapped(width: bodyWidth - 4)
        detailCache = (key, wrapped, whole)
        return wrapped
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
        if meeting != nil { return handleMeeting(key) }
        if map != nil, !mapBehind, mode.isBase { return handleMap(key) }
        if hidden {
            switch TooSmallView.hiddenKey(key, asking: entry?.form.confirmingCancel ?? false) {
            case .drop: return true
            case .pass: break
            case .leave:
                // An open form is left as with Esc (asking first when something was typed).
                guard case .entryForm = mode else { return false }
                handleEntryMode(.escape)
                return true
            }
        }
        switch mode {
        case .overview, .detail: return handleBase(key)
        case .help(let scroll):
            switch KeyMap.action(for: key, in: .dashboard) {
            case .help, .back, .quit: mode = baseMode
            case .down: mode = .help(scroll: min(scroll + 1, helpMaxScroll))
            case .up: mode = .help(scroll: max(0, scroll - 1))
            // A page is the overlay's height less one line, kept for context.
            case .pageDown: mode = .help(scroll: min(scroll + helpPage, helpMaxScroll))
            case .pageUp: mode = .help(scroll: max(0, scroll - helpPage))
            case .first: mode = .help(scroll: 0)
            case .last: mode = .help(scroll: helpMaxScroll)
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
        case .entryForm, .resumeOffer, .voidPrompt:
            handleEntryMode(key)
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
            if mode == .overview, let target = selectedTarget(focus) {
                mode = .detail(target, scroll: 0)
                detailSelection = firstSelectableLine(target)
            }
            else { openSelectedLine() }
        case .back:
            if detailParent == nil, returnToMap() { return true }
            if let parent = detailParent { mode = parent.mode; detailSelection = parent.selection; detailParent = nil }
            else if mode != .overview { mode = .overview; detailSelection = nil }
            else { filter = DashboardFilter(); selection = [:] }
        case .previousPeriod: show(period.previous)
        case .nextPeriod: show(period.next)
        case .today: show(Period.containing(today, kind: period.kind), jump: true)
        case .cycleKind:
            // 1 January may lie in the last ISO week of the year before: keep to the viewed year's weeks.
            let next = Period.containing(anchorDay, kind: period.kind.next)
            period = next.year == period.year ? next : (next.year < period.year ? Period.week(period.year, 1)! : next)
        case .filterName:
            baseMode = mode
            mode = .filter(LineEditor(filter.name), previous: filter.name)
        case .filterFocus: cycleFocusFilter()
        case .newMeasure: openMeasureForm()
        case .openMeeting: openMeeting()
        case .newRound: openEntry(.round)
        case .newIntervention: openEntry(.intervention)
        case .newIncident: openEntry(.incident)
        case .amend: amendShownRound()
        case .void: startVoid()
        case .openReport: mode = .detail(.report, scroll: 0); detailSelection = nil
        case .saveReport: saveShownReport()
        case .saveDocument: saveDocument()
        case .openYearsReport: mode = .detail(.yearsReport, scroll: 0); detailSelection = nil
        case .openMap: openMap()
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
        // ↑ and ↓ pick a round in a list of rounds; the page keys still scroll the page.
        case .detail(let target, _) where abs(delta) == 1 && detail(target)?.lines.contains(where: { $0.target != nil }) == true:
            moveDetailSelection(by: delta)
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

    /// `m`: a new measure at the selected hot spot (or the one whose drill-down is open),
    /// in the same form, with the same drafts, as every other record.
    private func openMeasureForm() {
        let spotID: String?
        switch mode {
        case .detail(.hotSpot(let id), _): spotID = id
        case .overview where focus == .hotSpots:
            if case .hotSpot(let id)? = selectedTarget(.hotSpots) { spotID = id } else { spotID = nil }
        default: spotID = nil
        }
        openEntry(.measure, hotSpot: spotID)
    }
}
