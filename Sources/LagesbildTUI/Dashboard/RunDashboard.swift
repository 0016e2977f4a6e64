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
