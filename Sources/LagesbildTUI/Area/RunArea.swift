#if canImport(Glibc)
import Glibc
#endif
import LagesbildCore

/// Runs the area view in the terminal until `q` or a signal; the status as `runDashboard`'s.
public func runArea(sources: [(name: String, source: EventSource)], options: DashboardOptions) -> Int32 {
    SignalFlag.install()
    defer { SignalFlag.uninstall() }
    guard let terminal = CursesTerminal.start(colour: options.color, language: options.language) else { return 1 }
    defer { terminal.close() }
    let today = options.today ?? LocalClock.today()
    let members = sources.map { s in
        AreaApp.Member(name: s.name, dashboard: DashboardApp(source: s.source, sink: nil, options: options, today: today,
                                                             clock: LocalClock.hoursMinutes))
    }
    let app = AreaApp(members: members, language: options.language)
    var ticks = IdleTicks(every: options.refreshMilliseconds)
    while true {
        app.render(on: terminal)
        terminal.present()
        let key = ticks.nextKey(terminal, completing: app.isCompletingView)
        let signal = SignalFlag.raised
        if signal != 0 { return 128 + signal }
        if key == .timeout, !ticks.isDue { continue }
        if key == .timeout { app.tick(today: options.today ?? LocalClock.today()) }
        if !app.handle(key) { return 0 }
    }
}
