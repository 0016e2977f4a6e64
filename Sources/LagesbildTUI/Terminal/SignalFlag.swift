#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The signal that asked the dashboard to stop, or 0. A handler may only do
/// async-signal-safe work, so it just stores the number; the main loop sees it after
/// `wget_wch` returns (the handlers are installed without SA_RESTART, so the read is
/// interrupted) and then restores the terminal.
let pendingSignal = Atomic<Int32>(0)

enum SignalFlag {
    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Must run before `newterm`: ncurses installs its own SIGINT/SIGTERM handlers only where
    /// none is set, and its SIGTERM handler calls `_exit`, which would skip our cleanup.
    /// SIGWINCH is left to ncurses so KEY_RESIZE keeps arriving.
    static func install() {
        for signal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in pendingSignal.store(number, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// Puts the default dispositions back once the terminal is restored.
    static func uninstall() {
        for signal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = SIG_DFL
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    static var raised: Int32 { pendingSignal.load(ordering: .relaxed) }
}
