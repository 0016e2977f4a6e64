import Foundation

/// What kind of hot spot a place is, from the weeks it was hot: a lasting problem, a new
/// one, one that comes and goes, or one that is fading (../shared/notes/evidence.md §3, as
/// the R package sfhotspot classifies Getis-Ord hot spots over time).
public enum HotSpotKind: String, Sendable, Equatable, CaseIterable {
    /// *ihållande*: hot in at least 80 % of the weeks.
    case persistent
    /// *ny*: hot mostly in the latest 20 % of the weeks.
    case emerging
    /// *återkommande*: hot in at least 10 % of the weeks, but neither of the above.
    case intermittent
    /// *avtagande*: hot earlier, not in the latest 20 % of the weeks.
    case cooling
}

/// The weeks a place is hot in, and its kind. A place is *hot* in a week when its count is
/// significantly above what the municipality's weekly mean per place predicts: with `λ` =
/// all the hot spots' incidents in the span ÷ (places × weeks), the week's count `k` is hot
/// when P(X ≥ k) < 5 % for X ~ Poisson(λ).
public enum HotSpotClassifier {
    public static let significance = 0.05
    /// Weeks looked at for a week or tertial view: the twelve ISO weeks up to the picture's day.
    public static let spanWeeks = 12

    /// P(X ≥ k) for X ~ Poisson(mean).
    public static func poissonUpperTail(_ k: Int, mean: Double) -> Double {
        guard k > 0 else { return 1 }
        guard mean > 0 else { return 0 }
        // 1 − P(X ≤ k−1), summed in log space so large means do not underflow.
        var term = -mean, below = 0.0
        for i in 0..<k {
            if i > 0 { term += log(mean) - log(Double(i)) }
            below += exp(term)
        }
        return max(0, 1 - below)
    }

    public static func isHot(count: Int, mean: Double) -> Bool {
        count > 0 && poissonUpperTail(count, mean: mean) < significance
    }

    /// The kind of a place hot in the weeks marked, oldest first; nil when it is none.
    public static func kind(hotWeeks: [Bool]) -> HotSpotKind? {
        let n = hotWeeks.count
        guard n > 0 else { return nil }
        let latest = Int((Double(n) * 0.2).rounded(.up))
        let hot = hotWeeks.filter { $0 }.count
        let hotLatest = hotWeeks.suffix(latest).filter { $0 }.count
        guard hot > 0 else { return nil }
        if Double(hot) >= 0.8 * Double(n) { return .persistent }
        if hotLatest > 0 && hotLatest > hot - hotLatest { return .emerging }
        if hotLatest == 0 { return .cooling }
        if Double(hot) >= 0.1 * Double(n) { return .intermittent }
        return nil
    }

    /// The weeks classified for a view of `period` on `asOf`: a year's ISO weeks up to that
    /// day, else the twelve weeks up to the week of that day.
    public static func weeks(for period: Period, asOf: Day) -> [Period] {
        if period.kind == .year { return period.weeks.filter { $0.year == period.year && $0.start <= asOf } }
        var weeks = [Period.containing(asOf, kind: .week)]
        while weeks.count < spanWeeks { weeks.insert(weeks[0].previous, at: 0) }
        return weeks
    }

    /// Each place's hot weeks and kind from its weekly counts (every place over the same weeks).
    public static func classify(_ counts: [String: [Int]]) -> [String: (hot: [Bool], kind: HotSpotKind?)] {
        let weeks = counts.values.first?.count ?? 0
        let total = counts.values.reduce(0) { $0 + $1.reduce(0, +) }
        let mean = counts.isEmpty || weeks == 0 ? 0 : Double(total) / Double(counts.count * weeks)
        return counts.mapValues { series in
            let hot = series.map { isHot(count: $0, mean: mean) }
            return (hot, kind(hotWeeks: hot))
        }
    }
}
