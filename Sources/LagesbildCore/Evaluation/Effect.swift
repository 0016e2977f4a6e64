import Foundation

/// Did a measure work? Incidents in equal windows before (0) and after (1) its start at the
/// treated place T, at comparison places C and at a displacement buffer D around T, and the
/// weighted displacement difference of Wheeler & Ratcliffe (2018), as ArcGIS Crime Analysis
/// ships it (../shared/notes/evidence.md §6):
///
///     WDD = (T1 − T0) − k (C1 − C0)                 without the buffer
///     WDD = (T1 − T0) + (D1 − D0) − k (C1 − C0)     with it
///     SE  = √(T1 + T0 + k² (C1 + C0) [+ D1 + D0])
///
/// with `k = T0 / C0` scaling the comparison to the treated place's before-count (1 when C0
/// is 0, or when T0 = C0). WDD / SE ≤ −2 is a decrease beyond what the comparison explains,
/// ≥ 2 an increase. A comparison is not a control group, and a place picked because it
/// flared up tends to calm down by itself (regression to the mean): the verdict says what the
/// numbers carry and no more, and the numbers are always shown beside it.
public struct EffectCounts: Sendable, Hashable {
    public var t0: Int, t1: Int
    public var c0: Int, c1: Int
    /// The buffer's counts; nil when there is no buffer place.
    public var d0: Int?, d1: Int?

    public init(t0: Int, t1: Int, c0: Int, c1: Int, d0: Int? = nil, d1: Int? = nil) {
        self.t0 = t0; self.t1 = t1; self.c0 = c0; self.c1 = c1; self.d0 = d0; self.d1 = d1
    }

    /// The comparison's scale to the treated place's before-count.
    public var scale: Double { c0 > 0 && t0 > 0 ? Double(t0) / Double(c0) : 1 }

    public var wdd: Double { Double(t1 - t0) - scale * Double(c1 - c0) }
    public var se: Double { (Double(t1 + t0) + scale * scale * Double(c1 + c0)).squareRoot() }
    public var z: Double { se > 0 ? wdd / se : 0 }

    /// With the buffer, when there is one.
    public var wddWithBuffer: Double? {
        guard let d0, let d1 else { return nil }
        return wdd + Double(d1 - d0)
    }
    public var seWithBuffer: Double? {
        guard let d0, let d1 else { return nil }
        return (se * se + Double(d1 + d0)).squareRoot()
    }

    /// The weighted displacement quotient (Bowers & Johnson 2003): the buffer's change
    /// against the comparison, over the treated place's; positive means the buffer gained
    /// less (or lost) too, diffusion of benefits; negative, displacement. Nil when it cannot
    /// be computed (no buffer, empty comparison, or no change at the treated place).
    public var wdq: Double? {
        guard let d0, let d1, c0 > 0, c1 > 0 else { return nil }
        let treated = Double(t1) / Double(c1) - Double(t0) / Double(c0)
        guard treated != 0 else { return nil }
        return (Double(d1) / Double(c1) - Double(d0) / Double(c0)) / treated
    }
}

/// The verdict in plain words (`EffectVerdict` in the string tables).
public enum EffectVerdict: String, Sendable, Hashable, CaseIterable {
    case decrease, increase, noClearDifference, tooFew
    /// The after-window is still running.
    case running
}

/// What the buffer did, when it shows something beyond chance.
public enum BufferChange: String, Sendable, Hashable {
    /// More incidents next door while the treated place fell: moved, not prevented.
    case displacement
    /// Fewer next door too: the benefit spread.
    case diffusion
}

public enum EffectRule {
    /// The threshold on WDD / SE.
    public static let threshold = 2.0
    /// With fewer incidents than this at the treated place in both windows, no verdict at all.
    public static let minimumTreated = 10

    public static func verdict(_ c: EffectCounts) -> EffectVerdict {
        if c.t0 + c.t1 < minimumTreated { return .tooFew }
        if c.z <= -threshold { return .decrease }
        if c.z >= threshold { return .increase }
        return .noClearDifference
    }

    /// The buffer's change, by the situation picture's tested trend on D1 against D0, when
    /// the treated place fell: a rise next door is displacement, a fall diffusion.
    public static func buffer(_ c: EffectCounts) -> BufferChange? {
        guard let d0 = c.d0, let d1 = c.d1, c.t1 < c.t0 else { return nil }
        switch Trend(now: d1, before: d0) {
        case .rising: return .displacement
        case .falling: return .diffusion
        default: return nil
        }
    }
}
