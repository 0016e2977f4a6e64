#if canImport(Glibc)
import Glibc
#endif
import LagesbildCore

/// The wall clock in local time: today's date and `HH:MM` for the header.
enum LocalClock {
    fileprivate static func now() -> tm {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return parts
    }

    static func today() -> Day {
        let t = now()
        return Day(year: Int(t.tm_year) + 1900, month: Int(t.tm_mon) + 1, day: Int(t.tm_mday))
            ?? Day(ordinal: time(nil) / 86_400)
    }

    static func hoursMinutes() -> String {
        let t = now()
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(t.tm_hour)):\(two(t.tm_min))"
    }
}

extension LocalClock {
    /// The time of day, for the default times of a new form.
    static func timeOfDay() -> ClockTime {
        let t = now()
        return ClockTime(hour: Int(t.tm_hour), minute: Int(t.tm_min)) ?? ClockTime(hour: 0, minute: 0)!
    }
}
