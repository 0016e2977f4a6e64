import Foundation
import Testing
@testable import LagesbildCore

/// The tested trend at its edges, against p-values worked out by hand or by an independent
/// script (Python's math.comb / lgamma, no project code).
@Suite struct TrendTestTests {
    @Test func equalWindowsAtTheEdges() {
        // 15 → 16: p = 1.0, no change; 4 → 14: p = 0.0309, a rise; 30 → 12: p = 0.0079, a fall.
        #expect(Trend(now: 16, before: 15) == .unclear)
        #expect(Trend(now: 14, before: 4) == .rising)
        #expect(Trend(now: 12, before: 30) == .falling)
        // 0 → 3: three events split 3–0 by chance one time in four: no rise.
        #expect(Trend(now: 3, before: 0) == .unclear)
        #expect(Trend(now: 5, before: 5) == .steady)
        #expect(Trend(now: 0, before: 0) == .steady)
        #expect(abs(TrendTest.pValue(now: 14, before: 4, share: 0.5) - 0.03088) < 0.00001)
        #expect(abs(TrendTest.pValue(now: 3, before: 0, share: 0.5) - 0.25) < 1e-9)
        #expect(abs(TrendTest.pValue(now: 12, before: 30, share: 0.5) - 0.00792) < 0.00001)
        #expect(TrendTest.pValue(now: 16, before: 15, share: 0.5) > 0.99)
    }

    @Test func unequalWindowsTakeTheShareFromTheLengths() {
        // 10 in 10 days against 10 in 20: p = 0.152 (share 1/3), no clear change; equal counts show "=".
        #expect(Trend(now: 10, before: 10, nowDays: 10, beforeDays: 20) == .steady)
        #expect(abs(TrendTest.pValue(now: 10, before: 10, share: 1.0 / 3) - 0.15234) < 0.00001)
        // 10 in 10 days against 2 in 20: p = 0.00054, a rise.
        #expect(Trend(now: 10, before: 2, nowDays: 10, beforeDays: 20) == .rising)
        // 20 in 20 days against 10 in 10: the same rate, p = 1, no change though the counts differ.
        #expect(Trend(now: 20, before: 10, nowDays: 20, beforeDays: 10) == .unclear)
        // 6 in 20 days against 30 in 10: a fall.
        #expect(Trend(now: 6, before: 30, nowDays: 20, beforeDays: 10) == .falling)
    }

    @Test func largeCountsAgreeWithTheExactTest() {
        // Exact (by script) 0.036008 and 0.122065; the normal approximation used above 4,000 events.
        #expect(abs(TrendTest.pValue(now: 2600, before: 2450, share: 0.5) - 0.036008) < 0.0001)
        #expect(abs(TrendTest.pValue(now: 2100, before: 2000, share: 0.5) - 0.122065) < 0.0001)
        // Below the limit the exact sum: 460 → 400 p = 0.0442 (rise), 118 → 100 p = 0.2495.
        #expect(Trend(now: 460, before: 400) == .rising)
        #expect(Trend(now: 118, before: 100) == .unclear)
        #expect(abs(TrendTest.pValue(now: 460, before: 400, share: 0.5) - 0.04417) < 0.00001)
    }

    /// The p-value against the sum over every outcome, each term from log-gammas as the
    /// definition reads, on random counts and shares (small and large, balanced and lopsided).
    @Test func thePValueAgreesWithSummingEveryOutcome() {
        func everyOutcome(_ now: Int, _ before: Int, _ share: Double) -> Double {
            let n = now + before
            func logPmf(_ k: Int) -> Double {
                lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1) + Double(k) * log(share) + Double(n - k) * log(1 - share)
            }
            let limit = logPmf(now) + log1p(1e-7)
            return min(1, (0...n).reduce(0.0) { logPmf($1) <= limit ? $0 + exp(logPmf($1)) : $0 })
        }
        var rng = SeededRandom(seed: 1913)
        for round in 0..<300 {
            let scale = [10, 100, 1_000, TrendTest.exactLimit / 2][round % 4]   // the exact test: n up to its limit
            let now = Int.random(in: 0...scale, using: &rng), before = Int.random(in: 0...scale, using: &rng)
            let share = [0.5, 1.0 / 3, 1.0 / 13, 0.9, Double.random(in: 0.01...0.99, using: &rng)][round % 5]
            guard now + before > 0 else { continue }
            let p = TrendTest.pValue(now: now, before: before, share: share), q = everyOutcome(now, before, share)
            #expect(abs(p - q) < 1e-9, "now \(now) before \(before) share \(share): \(p) against \(q)")
        }
    }
}
