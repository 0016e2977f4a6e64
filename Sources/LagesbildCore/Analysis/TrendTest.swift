import Foundation

/// Is a change in a count real? Incident counts are Poisson-like, so 16 against 15 is
/// noise. Given the total `n = now + before`, the count `now` is Binomial(n, p) with `p`
/// the now-window's share of the two windows' length (½ for equal windows); the change is
/// called a rise or a fall only when the exact two-sided test rejects that at 5 %
/// (`significance`). This is the conditional binomial test of ../shared/notes/evidence.md
/// §2: on large counts it agrees with the square-root rule 2(√N1 − √N0), |z| ≥ 2, and on
/// tiny ones it stays honest (0 → 3 is no rise: p = 0.25).
public enum TrendTest {
    public static let significance = 0.05

    /// Above this many events the binomial is replaced by its normal approximation (with a
    /// continuity correction), which agrees with the exact test to the third decimal there.
    static let exactLimit = 4_000

    /// The two-sided p-value of `now` out of `now + before`, with the now-window's share `share`
    /// of the length: the summed probability of every outcome no more likely than the one seen.
    public static func pValue(now: Int, before: Int, share: Double) -> Double {
        let n = now + before
        guard n > 0, share > 0, share < 1 else { return 1 }
        if n > exactLimit {
            let mean = Double(n) * share, sd = (Double(n) * share * (1 - share)).squareRoot()
            let z = max(0, abs(Double(now) - mean) - 0.5) / sd
            return min(1, erfc(z / 2.0.squareRoot()))
        }
        let logP = log(share), logQ = log(1 - share)
        let logNFact = logFactorial(n)
        func logPmf(_ k: Int) -> Double {
            logNFact - logFactorial(k) - logFactorial(n - k) + Double(k) * logP + Double(n - k) * logQ
        }
        let observed = logPmf(now)
        // A relative tolerance, as R's binom.test, so outcomes exactly as likely count in.
        let limit = observed + log1p(1e-7)
        // An outcome farther than √(40 n) from the mean has a probability under 2·e⁻⁸⁰
        // (Hoeffding), so all of them together are far below what a double adds to any
        // p-value: the sum runs over the rest. From one term to the next the probability
        // changes by (n − k + 1)/k · p/q, so one logarithm per outcome, not two log-gammas.
        let reach = (40 * Double(n)).squareRoot(), mean = Double(n) * share
        let low = max(0, Int((mean - reach).rounded(.down))), high = min(n, Int((mean + reach).rounded(.up)))
        let step = logP - logQ
        var total = 0.0, lp = logPmf(low)
        for k in low...high {
            if k > low { lp += log(Double(n - k + 1) / Double(k)) + step }
            if lp <= limit { total += exp(lp) }
        }
        return min(1, total)
    }

    /// ln(n!), through the C library's log-gamma.
    static func logFactorial(_ n: Int) -> Double { Foundation.lgamma(Double(n) + 1) }

    /// The trend of `now` (over `nowDays`) against `before` (over `beforeDays`).
    public static func trend(now: Int, before: Int, nowDays: Int, beforeDays: Int) -> Trend {
        if now == before && nowDays == beforeDays { return .steady }
        guard nowDays > 0, beforeDays > 0 else { return now == before ? .steady : .unclear }
        let share = Double(nowDays) / Double(nowDays + beforeDays)
        let p = pValue(now: now, before: before, share: share)
        guard p < significance else { return now == before ? .steady : .unclear }
        // Significant: the direction is the rate's, now against what the lengths predict.
        return Double(now) > Double(now + before) * share ? .rising : .falling
    }

    /// `count` in a window of `windowDays` against `baseline` over `baselineDays` before it,
    /// only upward: the meeting's "kraftig ökning".
    public static func risesSignificantly(count: Int, windowDays: Int, baseline: Int, baselineDays: Int) -> Bool {
        trend(now: count, before: baseline, nowDays: windowDays, beforeDays: baselineDays) == .rising
    }
}
