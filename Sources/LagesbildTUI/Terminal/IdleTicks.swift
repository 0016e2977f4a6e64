#if canImport(Glibc)
import Glibc
#endif

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
