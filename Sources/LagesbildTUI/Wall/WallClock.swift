#if canImport(Glibc)
import Glibc
#endif
import LagesbildCore

/// One reading of the clocks the wall needs. Tests make their own readings, so rotation,
/// polling and the clock line run on a fake clock.
public struct WallInstant: Sendable, Equatable {
    /// Seconds on a clock that never jumps (CLOCK_MONOTONIC): page rotation and polling
    /// must not stall or race when the wall clock is set back or forward.
    public var monotonic: Double
    public var today: Day
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(monotonic: Double, today: Day, hour: Int, minute: Int, second: Int = 0) {
        self.monotonic = monotonic
        self.today = today
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// `14:02`, or `14:02:37`.
    public func clockText(seconds: Bool) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return two(hour) + ":" + two(minute) + (seconds ? ":" + two(second) : "")
    }
}

/// The real clocks.
enum WallClock {
    static func now() -> WallInstant {
        var mono = timespec()
        clock_gettime(CLOCK_MONOTONIC, &mono)
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let today = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? Day(ordinal: seconds / 86_400)
        return WallInstant(monotonic: Double(mono.tv_sec) + Double(mono.tv_nsec) / 1e9, today: today,
                           hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }

    /// Milliseconds until the next whole second of the wall clock, so a clock with
    /// seconds ticks evenly instead of skipping one now and then.
    static func millisecondsToNextSecond() -> Int {
        var real = timespec()
        clock_gettime(CLOCK_REALTIME, &real)
        return 1000 - Int(real.tv_nsec / 1_000_000)
    }
}
