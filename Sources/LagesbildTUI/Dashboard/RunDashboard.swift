#if canImport(Glibc)
import Glibc
#endif
import LagesbildCore

/// Runs the chair's dashboard in the terminal until `q` or a signal; returns the exit
/// status (0 after `q`, 128 + the signal number after SIGINT/SIGTERM/SIGHUP, 1 when the
/// terminal cannot be opened). The terminal is restored on every path.
/// An open form is kept as a draft on every change and once more before a signal ends the
/// program, so the next start can offer it.
public func runDashboard(source: EventSource, sink: EventSink?, options: DashboardOptions,
                         drafts: DraftKeeper? = nil, minutesWriter: MinutesWriter? = nil,
                         reportWriter: ReportWriter? = nil) -> Int32 {
    SignalFlag.install()
    defer { SignalFlag.uninstall() }
    guard let terminal = CursesTerminal.start(colour: options.color) else { return 1 }
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
    terminal.setTimeout(milliseconds: options.refreshMilliseconds)
    while true {
        app.render(on: terminal)
        terminal.present()
        let key = terminal.readKey()
        let signal = SignalFlag.raised
        if signal != 0 {
            app.entry?.keepDraft()
            return 128 + signal
        }
        if key == .timeout { app.tick(today: options.today ?? LocalClock.today()) }
        if !app.handle(key) { return 0 }
    }
}
