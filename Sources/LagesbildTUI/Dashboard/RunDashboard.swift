#if canImport(Glibc)
import Glibc
#endif
import LagesbildCore

/// How `runDashboard` ended: the exit status, and what to say on the terminal once it is
/// restored (the minutes a meeting closed with, when `lagesbild meeting` ends there).
public struct DashboardRunResult: Sendable {
    public var status: Int32
    public var farewell: String?

    public init(status: Int32, farewell: String? = nil) {
        self.status = status
        self.farewell = farewell
    }
}

/// Runs the chair's dashboard in the terminal until `q` or a signal, or, when it opens in
/// the meeting (`lagesbild meeting`), until the meeting is left. The status is 0 after
/// `q` or leaving the meeting, 128 + the signal number after SIGINT/SIGTERM/SIGHUP, 1 when
/// the terminal cannot be opened. The terminal is restored on every path.
/// An open form is kept as a draft on every change and once more before a signal ends the
/// program, so the next start can offer it.
public func runDashboard(source: EventSource, sink: EventSink?, options: DashboardOptions,
                         drafts: DraftKeeper? = nil, minutesWriter: MinutesWriter? = nil,
                         reportWriter: ReportWriter? = nil) -> DashboardRunResult {
    SignalFlag.install()
    defer { SignalFlag.uninstall() }
    guard let terminal = CursesTerminal.start(colour: options.color, language: options.language) else { return DashboardRunResult(status: 1) }
    defer { terminal.close() }
    terminal.passFlowControlKeys()

    let loading = StartupLoading(terminal: terminal, language: options.language)
    loading.follow(source)
    let app = DashboardApp(source: source, sink: sink, options: options, today: options.today ?? LocalClock.today(),
                           clock: LocalClock.hoursMinutes, drafts: options.readOnly ? nil : drafts)
    loading.finish(source)
    app.minutesWriter = minutesWriter
    app.reportWriter = options.readOnly ? nil : reportWriter
    if options.opensMeeting { app.openMeeting() }
    var firstFrame = true
    var ticks = IdleTicks(every: options.refreshMilliseconds)
    while true {
        app.render(on: terminal)
        terminal.present()
        if firstFrame {
            firstFrame = false
            source.firstFrameShown()
        }
        let key = ticks.nextKey(terminal, completing: app.isCompletingView)
        let signal = SignalFlag.raised
        if signal != 0 {
            app.entry?.keepDraft()
            return DashboardRunResult(status: 128 + signal)
        }
        if key == .timeout, !ticks.isDue { continue }
        if key == .timeout { app.tick(today: options.today ?? LocalClock.today()) }
        if !app.handle(key) { return DashboardRunResult(status: 0, farewell: app.farewell) }
    }
}

/// The idle tick of a run loop (new data, a new day) and, while a view is being completed
/// on the other core, the short waits that show it once done: those wake the loop to draw,
/// and the tick still comes when it is due, not at every one.
struct IdleTicks {
    /// Well under what a person notices, and still idle time for the core doing the work.
    static let completionPollMilliseconds: Int32 = 15
    let every: Int32
    private var last = IdleTicks.now()
    private(set) var isDue = true

    init(every milliseconds: Int32) { every = milliseconds }

    /// The next key, or `.timeout` after the tick's wait or, while `completing`, a short one;
    /// `isDue` then says whether the tick's time has come.
    mutating func nextKey(_ terminal: CursesTerminal, completing: Bool) -> KeyEvent {
        terminal.setTimeout(milliseconds: completing ? Self.completionPollMilliseconds : every)
        let key = terminal.readKey()
        let now = Self.now()
        isDue = !completing || now - last >= Int64(every)
        if key == .timeout, isDue { last = now }
        return key
    }

    private static func now() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Int64(t.tv_sec) * 1000 + Int64(t.tv_nsec) / 1_000_000
    }
}
