#if canImport(Glibc)
import Glibc
#endif
import LagesbildCore

/// Runs the chair's dashboard in the terminal until `q` or a signal; returns the exit
/// status (0 after `q`, 128 + the signal number after SIGINT/SIGTERM/SIGHUP, 1 when the
/// terminal cannot be opened). The terminal is restored on every path.
public func runDashboard(source: EventSource, sink: EventSink?, options: DashboardOptions) -> Int32 {
    SignalFlag.install()
    defer { SignalFlag.uninstall() }
    CursesTerminal.prepareLocale()
    let noColour = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    let terminal: CursesTerminal
    do {
        terminal = try CursesTerminal(colour: options.color && !noColour)
    } catch {
        FileHandleText.writeError("lagesbild: \(error)\n")
        return 1
    }
    defer { terminal.close() }

    let app = DashboardApp(source: source, sink: sink, options: options, today: options.today ?? LocalClock.today(),
                           clock: LocalClock.hoursMinutes)
    terminal.setTimeout(milliseconds: options.refreshMilliseconds)
    while true {
        app.render(on: terminal)
        terminal.present()
        let key = terminal.readKey()
        let signal = SignalFlag.raised
        if signal != 0 { return 128 + signal }
        if key == .timeout { app.tick(today: options.today ?? LocalClock.today()) }
        if !app.handle(key) { return 0 }
    }
}
