/// When incidents happen: a weekday × hour matrix (Monday first, hours 0–23) and the peak
/// window said in words, "oftast fre–lör 21–03" (../shared/notes/evidence.md §4).
public struct TimeMatrix: Sendable, Equatable {
    /// `counts[weekday][hour]`, weekday 0 = Monday.
    public var counts: [[Int]]
    /// Incidents without a time of day: not in the matrix, said beside it.
    public var untimed: Int

    public init(counts: [[Int]] = Array(repeating: Array(repeating: 0, count: 24), count: 7), untimed: Int = 0) {
        self.counts = counts
        self.untimed = untimed
    }

    /// The matrix of `incidents`.
    public init<S: Sequence>(_ incidents: S) where S.Element == Incident {
        self.init()
        for incident in incidents { add(incident) }
    }

    public mutating func add(_ incident: Incident) {
        guard let time = incident.time else { untimed += 1; return }
        counts[incident.date.weekday - 1][time.hour] += 1
    }

    public var timed: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    public var largest: Int { counts.reduce(0) { Swift.max($0, $1.max() ?? 0) } }

    /// The cell's shade, one of `shades` (lightest first, the first for none): four steps by
    /// share of the largest cell (`largest`; a caller shading every cell passes it once).
    public func shade(weekday: Int, hour: Int, shades: [String], largest known: Int? = nil) -> String {
        let c = counts[weekday][hour], top = known ?? largest
        guard c > 0, top > 0, shades.count > 1 else { return shades.first ?? " " }
        let steps = shades.count - 1
        let step = min(steps, max(1, Int((Double(c) / Double(top) * Double(steps)).rounded(.up))))
        return shades[step]
    }
}

/// The smallest block of one to three consecutive days and three to eight consecutive hours
/// that holds at least 40 % of the incidents with a time. A night belongs to the evening it
/// started: the day runs 06:00–05:59, so Friday 23:00–Saturday 03:00 is one Friday evening.
/// Of blocks equally small, the one holding the most; then the earliest in the week. With
/// fewer than 8 timed incidents, or no such block, there is no peak to name.
public struct PeakWindow: Sendable, Equatable {
    /// 0 = Monday: the evening the block starts on.
    public var firstDay: Int
    public var days: Int
    /// 0–23, the first hour of the block.
    public var startHour: Int
    public var hours: Int
    public var count: Int
    public var share: Double

    public static let minimumIncidents = 8
    public static let minimumShare = 0.4
    /// The hour the "evening day" begins: hours before it belong to the day before.
    public static let dayStartsAt = 6

    /// The hour after the block's last, 0–23 (`21` and 6 hours → `3`).
    public var endHour: Int { (startHour + hours) % 24 }

    public static func find(in matrix: TimeMatrix) -> PeakWindow? {
        let total = matrix.timed
        guard total >= minimumIncidents else { return nil }
        // Shift to evening days: row d, column s is weekday d at hour (s + 6) % 24, the
        // small hours taken from the next weekday's row.
        // Kept as running sums along each row, so a block's count on a day is one subtraction:
        // `sums[d][s]` holds the first `s` hours of evening day `d`.
        var sums = Array(repeating: Array(repeating: 0, count: 25), count: 7)
        for d in 0..<7 {
            for s in 0..<24 {
                let hour = (s + dayStartsAt) % 24
                let day = hour < dayStartsAt ? (d + 1) % 7 : d
                sums[d][s + 1] = sums[d][s] + matrix.counts[day][hour]
            }
        }
        var best: PeakWindow?
        for days in 1...3 {
            for hours in 3...8 {
                for first in 0..<7 {
                    for start in 0...(24 - hours) {
                        var count = 0
                        for k in 0..<days {
                            let row = sums[(first + k) % 7]
                            count += row[start + hours] - row[start]
                        }
                        let share = Double(count) / Double(total)
                        guard share >= minimumShare else { continue }
                        let candidate = PeakWindow(firstDay: first, days: days, startHour: (start + dayStartsAt) % 24,
                                                   hours: hours, count: count, share: share)
                        if let b = best {
                            let area = days * hours, bestArea = b.days * b.hours
                            if area > bestArea || (area == bestArea && count <= b.count) { continue }
                        }
                        best = candidate
                    }
                }
            }
        }
        return best
    }
}
