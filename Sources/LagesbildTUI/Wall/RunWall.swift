#if canImport(Glibc)
import Glibc
#endif
import LagesbildCore

/// Runs the wall display in the terminal until `q`, Ctrl-C or a signal; returns the exit
/// status (0 after `q` or Ctrl-C, which arrives as a key, 128 + the signal number after
/// SIGINT/SIGTERM/SIGHUP, 1 when the terminal cannot be opened). The terminal is restored on every path.
///
/// The loop sleeps in `wget_wch` until the next whole second (or a key), looks at the
/// data folder once per poll interval, and draws only when something on screen changed;
/// ncurses then sends only the cells that differ, so an idle wall costs a few bytes a minute.
public func runWall(source: EventSource, options: WallOptions) -> Int32 {
    SignalFlag.install()
    defer { SignalFlag.uninstall() }
    guard let terminal = CursesTerminal.start(colour: options.color, language: options.language) else { return 1 }
    defer { terminal.close() }
    terminal.takeAllKeys()

    let loading = StartupLoading(terminal: terminal, language: options.language)
    loading.follow(source)
    let app = WallApp(source: source, options: options, now: WallClock.now())
    loading.finish(source)
    while true {
        if app.needsRedraw {
            app.render(on: terminal)
            terminal.present()
            app.markDrawn()
        }
        let wait = max(10, min(options.pollMilliseconds, WallClock.millisecondsToNextSecond() + 5))
        terminal.setTimeout(milliseconds: Int32(wait))
        let started = WallClock.now().monotonic
        let key = terminal.readKey()
        let signal = SignalFlag.raised
        if signal != 0 { return 128 + signal }
        if !app.handle(key) { return 0 }
        let now = WallClock.now()
        if key == .timeout {
            sleepOffEarlyTimeout(requested: wait, elapsed: now.monotonic - started)
        }
        app.tick(at: key == .timeout ? WallClock.now() : now)
    }
}

/// A read that "times out" long before it should means input is not a terminal (closed
/// or at end of file) and will return at once forever; sleeping the rest of the interval
/// keeps that from turning the wall into a busy loop.
private func sleepOffEarlyTimeout(requested milliseconds: Int, elapsed seconds: Double) {
    let remaining = Double(milliseconds) / 1000 - seconds
    guard remaining > Double(milliseconds) / 2000 else { return }
    var request = timespec(tv_sec: Int(remaining), tv_nsec: Int((remaining - Double(Int(remaining))) * 1e9))
    _ = nanosleep(&request, nil)
}
