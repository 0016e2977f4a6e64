#if canImport(Glibc)
import Glibc
#endif
import LagesbildCore

/// How `runEntry` ended: the exit status and the event saved, if any.
public struct EntryRunResult: Sendable {
    public var status: Int32
    public var saved: JournalEvent?
}

/// Runs one entry form in the terminal (`lagesbild round`) until it is saved or cancelled.
/// SIGTERM and SIGHUP (a closed terminal) keep the draft before the program ends, so the
/// next start offers it; every change was already kept, this is the last keystroke's guard.
public func runEntry(kind: RecordKind, plan: Plan, sink: EventSink, drafts: DraftKeeper?, language: Language,
                     today: Day?, color: Bool, plannedYears: Set<Int>? = nil) -> EntryRunResult {
    SignalFlag.install()
    defer { SignalFlag.uninstall() }
    guard let terminal = CursesTerminal.start(colour: color, language: language) else { return EntryRunResult(status: 1, saved: nil) }
    defer { terminal.close() }
    terminal.passFlowControlKeys()
    terminal.setTimeout(milliseconds: 1000)

    let app = EntryApp(kind: kind, plan: plan, sink: sink, drafts: drafts, language: language,
                       today: today ?? LocalClock.today(), now: LocalClock.timeOfDay(), plannedYears: plannedYears)
    while true {
        app.render(on: terminal)
        terminal.present()
        let key = terminal.readKey()
        let signal = SignalFlag.raised
        if signal != 0 {
            app.session?.keepDraft()
            return EntryRunResult(status: 128 + signal, saved: nil)
        }
        app.handle(key)
        if case .finished(let saved) = app.phase { return EntryRunResult(status: 0, saved: saved) }
    }
}
