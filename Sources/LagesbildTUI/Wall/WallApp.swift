import Foundation
import LagesbildCore

/// The wall display without a terminal: holds the data, the page on show, the rotation
/// timer and how fresh the data is; turns ticks and keys into state and tells the loop
/// when a frame is due. The curses loop and the tests drive it the same way.
///
/// It has no way to write: it is given only an `EventSource`, never a sink or drafts.
public final class WallApp {
    public let source: EventSource
    public let options: WallOptions
    public var language: Language { options.language }

    /// Every year's plan as the folder has it.
    public private(set) var plans: PlanBook?
    public private(set) var ledger = Ledger()
    /// False while the data folder cannot be read: the wall shows "data saknas".
    public private(set) var dataAvailable = false
    /// The latest clock reading.
    public private(set) var now: WallInstant
    /// Index into `options.pages`.
    public private(set) var pageIndex = 0
    /// What is wrong with the plan and journals, as the source last reported it. Shown
    /// when there is no plan to draw, so a wall that cannot read its plan says why.
    public private(set) var problems: [Diagnostic] = []
    /// Files that could not be read: the wall says so on every page.
    public private(set) var unreadable: [Diagnostic] = []
    /// When the display last saw the data change (its first read counts): "data uppdaterad".
    public private(set) var dataChangedAt: WallInstant?
    /// Something on screen is out of date. The loop draws only then, so an idle wall sends
    /// nothing to the terminal between clock changes.
    public private(set) var needsRedraw = true

    private var pageShownSince: Double
    private var lastPoll: Double
    /// Bumped whenever plan or records change, so the cached picture is rebuilt.
    private var dataRevision = 0
    /// What the data looked like at the last change, so re-reading the same data after the
    /// folder comes back does not pass for new data.
    private var fingerprint: Fingerprint?
    private var cache: (key: CacheKey, picture: SituationPicture)?
    private var planCache: (key: CacheKey, plan: Plan?)?

    private struct Fingerprint: Equatable {
        var plans: PlanBook?
        var events: Int
        var lastEvent: UUID?
    }

    private struct CacheKey: Equatable {
        var revision: Int
        var period: Period
        var today: Day
    }

    public init(source: EventSource, options: WallOptions, now: WallInstant) {
        self.source = source
        self.options = options
        self.now = now
        pageShownSince = now.monotonic
        lastPoll = now.monotonic
        poll()
    }

    // MARK: Time

    /// The date the picture is taken on.
    public var today: Day { options.today ?? now.today }

    /// The period shown: `--period`, or the one the dashboard opens on (today's when a plan
    /// covers today's year, else the newest with data). A year without a plan is shown with
    /// everything counted and no targets, as in the dashboard.
    public var period: Period {
        options.period ?? StartPeriod.choose(plans: plans, index: ledger.index, today: today).period
    }

    /// The plan of the shown period's year with the journal's hot spots (`PlanBook.viewed`).
    public var plan: Plan? {
        let key = CacheKey(revision: dataRevision, period: period, today: today)
        if let planCache, planCache.key == key { return planCache.plan }
        let viewed = plans?.merging(ledger).viewed(for: period)
        planCache = (key, viewed)
        return viewed
    }

    public var page: WallPage { options.pages[pageIndex] }

    public var clockText: String { now.clockText(seconds: options.showSeconds) }

    /// The idle tick: the clock, new data when the poll interval has passed, and the next
    /// page when the current one has been up long enough.
    public func tick(at instant: WallInstant) {
        if instant.clockText(seconds: options.showSeconds) != clockText || instant.today != now.today {
            needsRedraw = true
        }
        now = instant
        // A tenth of slack: ticks arrive on whole seconds, a few milliseconds early or late,
        // and a tick just short of the interval must not push the look a whole second back.
        if (instant.monotonic - lastPoll) * 1000 >= Double(options.pollMilliseconds) * 0.9 {
            lastPoll = instant.monotonic
            poll()
        }
        rotateIfDue()
    }

    private func rotateIfDue() {
        // While the data is missing the "data saknas" page stays put; so does a single page.
        guard options.rotateSeconds > 0, options.pages.count > 1, dataAvailable else {
            pageShownSince = now.monotonic
            return
        }
        guard now.monotonic - pageShownSince >= Double(options.rotateSeconds) else { return }
        pageIndex = (pageIndex + 1) % options.pages.count
        pageShownSince = now.monotonic
        needsRedraw = true
    }

    // MARK: Keys

    /// A display, not a tool: `q` and Ctrl-C quit, a resize redraws, every other key is
    /// ignored. Returns false when the wall should close.
    public func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .character("q"), .control("c"): return false
        case .resize: needsRedraw = true
        default: break
        }
        return true
    }

    /// The loop has sent the frame.
    public func markDrawn() { needsRedraw = false }

    // MARK: Data

    /// Picks up what changed in the data folder since the last look.
    private func poll() {
        let revisionBefore = ledger.revision
        let snapshot = source.refresh(applyingTo: &ledger)
        if snapshot.available != dataAvailable { needsRedraw = true }
        dataAvailable = snapshot.available
        // Keep the last plan and records while the folder is gone: the source starts over
        // (`restarted`) when it is back, and a plan file caught half-written keeps the old plan.
        guard snapshot.available else { return }
        let errors = snapshot.diagnostics.filter { $0.severity == .error }
        if errors != problems {
            problems = errors
            needsRedraw = true
        }
        unreadable = snapshot.diagnostics.unreadable
        var changed = false
        if let newPlans = snapshot.plans, newPlans != plans {
            plans = newPlans
            changed = true
        }
        if snapshot.restarted || ledger.revision != revisionBefore { changed = true }
        guard changed || fingerprint == nil else { return }
        dataRevision += 1
        needsRedraw = true
        let current = Fingerprint(plans: plans, events: ledger.eventCount, lastEvent: ledger.lastEventID)
        if current != fingerprint {
            fingerprint = current
            dataChangedAt = now
        }
    }

    /// The situation picture of the shown period, as `lagesbild summary` computes it.
    public var picture: SituationPicture? {
        guard let plan else { return nil }
        let key = CacheKey(revision: dataRevision, period: period, today: today)
        if let cache, cache.key == key { return cache.picture }
        // Hot spots added at a meeting count on the wall as everywhere else (`plan` has them).
        let picture = SituationAnalyzer(plan: plan, ledger: ledger).picture(for: period, today: today)
        cache = (key, picture)
        return picture
    }

    /// `data uppdaterad 14:02`, with the date when the change was seen on an earlier day.
    public var freshnessText: String {
        guard let seen = dataChangedAt else { return language(.wall(.dataNeverRead)) }
        return language(.wall(.dataUpdated(time: seen.clockText(seconds: false),
                                           day: seen.today == now.today ? nil : seen.today)))
    }
}
