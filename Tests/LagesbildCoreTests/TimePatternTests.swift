import Testing
@testable import LagesbildCore

/// The weekday × hour matrix and the peak window, across midnight, on constructed incidents.
@Suite struct TimePatternTests {
    /// 2023-11-17 is a Friday, 2023-11-18 a Saturday.
    static func incident(_ day: String, _ time: String?) -> Incident {
        Incident(date: Day(iso: day)!, time: time.flatMap { ClockTime($0) }, hotSpot: "a", category: .ordningsstorning, source: .polis)
    }

    @Test func theMatrixCountsByWeekdayAndHour() {
        let m = TimeMatrix([Self.incident("2023-11-17", "22:15"), Self.incident("2023-11-17", "22:50"),
                            Self.incident("2023-11-18", "01:10"), Self.incident("2023-11-20", nil)])
        #expect(m.counts[4][22] == 2)      // Friday 22
        #expect(m.counts[5][1] == 1)       // Saturday 01
        #expect(m.timed == 3 && m.untimed == 1 && m.largest == 2)
        #expect(m.shade(weekday: 4, hour: 22, shades: [" ", "░", "▒", "▓", "█"]) == "█")
        #expect(m.shade(weekday: 5, hour: 1, shades: [" ", "░", "▒", "▓", "█"]) == "▒")
        #expect(m.shade(weekday: 0, hour: 1, shades: [" ", "░", "▒", "▓", "█"]) == " ")
    }

    /// A Friday and a Saturday night, 21:30 to 02:30 every hour (12), and 18 daytime reports in
    /// separate cells: 40 % of the 30 timed incidents is 12, and the smallest block holding
    /// 12 is Friday–Saturday evenings 21–03 (2 days × 6 hours, the small hours counted with
    /// the evening before); worked out by hand and by an independent script.
    @Test func thePeakWindowSpansMidnightAndBelongsToTheEvening() {
        var incidents: [Incident] = []
        for (evening, morning) in [("2023-11-17", "2023-11-18"), ("2023-11-18", "2023-11-19")] {
            incidents += ["21:30", "22:30", "23:30"].map { Self.incident(evening, $0) }
            incidents += ["00:30", "01:30", "02:30"].map { Self.incident(morning, $0) }
        }
        let monday = Day(iso: "2023-11-13")!
        for d in 0..<7 { incidents += [Self.incident(monday.adding(days: d).iso, "09:00"), Self.incident(monday.adding(days: d).iso, "13:00")] }
        for d in 0..<4 { incidents.append(Self.incident(monday.adding(days: d).iso, "16:00")) }
        let peak = PeakWindow.find(in: TimeMatrix(incidents))!
        #expect(peak.firstDay == 4 && peak.days == 2)
        #expect(peak.startHour == 21 && peak.hours == 6 && peak.endHour == 3)
        #expect(peak.count == 12)
        #expect(Language.sv(.analysis(.peak(peak, timed: 30))) == "oftast fre–lör 21–03 (12 av 30 med klockslag)")
        #expect(Language.en(.analysis(.peak(peak, timed: 30))) == "mostly Fri–Sat 21–03 (12 of 30 with a time)")
    }

    @Test func noPeakWithFewIncidentsOrNoPattern() {
        #expect(PeakWindow.find(in: TimeMatrix([Self.incident("2023-11-17", "22:00")])) == nil)
        // One incident in each of 10 different day-and-hour cells far apart: no block holds 40 %.
        let spread = (0..<10).map { i in Self.incident(Day(iso: "2023-11-06")!.adding(days: i % 7).iso, String(format: "%02d:00", (i * 5) % 24)) }
        #expect(PeakWindow.find(in: TimeMatrix(spread)) == nil)
    }

    /// The peak on random matrices against the rule written out cell by cell: every block of
    /// 1–3 evening days × 3–8 hours, its cells summed one at a time, the smallest holding
    /// 40 %, then the fuller, then the earliest (as `find` visits them).
    @Test func thePeakAgreesWithSummingEveryBlockCellByCell() {
        var rng = SeededRandom(seed: 4021)
        var found = 0
        for round in 0..<50 {
            var m = TimeMatrix()
            let cells = Int.random(in: 1...12, using: &rng)
            for _ in 0..<Int.random(in: 8...60, using: &rng) {
                let cell = Int.random(in: 0..<cells, using: &rng) * (round % 5 + 1)
                m.counts[(cell / 24) % 7][cell % 24] += 1
            }
            var expected: PeakWindow?
            for days in 1...3 {
                for hours in 3...8 {
                    for first in 0..<7 {
                        for start in 0...(24 - hours) {
                            var count = 0
                            for k in 0..<days {
                                for h in start..<(start + hours) {
                                    // Evening day: its hours from 06:00, the small hours on the next weekday.
                                    let hour = (h + 6) % 24
                                    count += m.counts[hour < 6 ? (first + k + 1) % 7 : (first + k) % 7][hour]
                                }
                            }
                            guard Double(count) / Double(m.timed) >= 0.4 else { continue }
                            if let e = expected, e.days * e.hours < days * hours || (e.days * e.hours == days * hours && e.count >= count) { continue }
                            expected = PeakWindow(firstDay: first, days: days, startHour: (start + 6) % 24, hours: hours, count: count,
                                                  share: Double(count) / Double(m.timed))
                        }
                    }
                }
            }
            #expect(PeakWindow.find(in: m) == expected, "round \(round)")
            #expect(m.largest == m.counts.flatMap { $0 }.max())
            if expected != nil { found += 1 }
        }
        // Both outcomes are tried: matrices with a peak and without.
        #expect(found > 10 && found < 50)
    }
}
