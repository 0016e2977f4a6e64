import Foundation
import Testing
@testable import LagesbildCore

/// The weighted displacement difference, its standard error, the quotient and the verdict,
/// on constructed counts checked by hand.
@Suite struct EffectTests {
    /// evidence.md's example: T 30 → 6, C 30 → 30: WDD −24, SE √96 = 9.80, z −2.45: a decrease.
    @Test func theWorkedExample() {
        let c = EffectCounts(t0: 30, t1: 6, c0: 30, c1: 30)
        #expect(c.wdd == -24)
        #expect(abs(c.se - 9.798) < 0.001)
        #expect(abs(c.z - -2.449) < 0.001)
        #expect(EffectRule.verdict(c) == .decrease)
    }

    @Test func theComparisonIsScaledToTheTreatedPlacesBeforeCount() {
        // T 20 → 10; C 100 → 90 (k = 0.2): WDD = −10 − 0.2 × (−10) = −8; SE = √(30 + 0.04 × 190) = √37.6 = 6.13.
        let c = EffectCounts(t0: 20, t1: 10, c0: 100, c1: 90)
        #expect(abs(c.wdd - -8) < 1e-9)
        #expect(abs(c.se - 6.1319) < 0.0001)
        #expect(EffectRule.verdict(c) == .noClearDifference)   // z = −1.30
    }

    @Test func tooFewAndIncrease() {
        #expect(EffectRule.verdict(EffectCounts(t0: 5, t1: 4, c0: 30, c1: 10)) == .tooFew)   // 9 < 10
        // T 10 → 30, C 20 → 20: WDD 20, SE √(40 + 0.25 × 40) = √50 = 7.07, z 2.83.
        let up = EffectCounts(t0: 10, t1: 30, c0: 20, c1: 20)
        #expect(abs(up.z - 2.828) < 0.001 && EffectRule.verdict(up) == .increase)
    }

    /// T 30 → 6, C 30 → 30, buffer D 10 → 25: with the buffer WDD = −24 + 15 = −9, SE √(96 + 35)
    /// = 11.45; the buffer's rise 10 → 25 is beyond chance (p = 0.017): displacement. WDQ =
    /// (25/30 − 10/30) / (6/30 − 30/30) = 0.5 / −0.8 = −0.625.
    @Test func displacementAndDiffusion() {
        let moved = EffectCounts(t0: 30, t1: 6, c0: 30, c1: 30, d0: 10, d1: 25)
        #expect(moved.wddWithBuffer == -9)
        #expect(abs(moved.seWithBuffer! - 11.446) < 0.001)
        #expect(EffectRule.buffer(moved) == .displacement)
        #expect(abs(moved.wdq! - -0.625) < 1e-9)
        // The buffer 20 → 6 falls too: diffusion of benefits; WDQ positive.
        let spread = EffectCounts(t0: 30, t1: 6, c0: 30, c1: 30, d0: 20, d1: 6)
        #expect(EffectRule.buffer(spread) == .diffusion)
        #expect(spread.wdq! > 0)
        // A buffer that barely moves says nothing.
        #expect(EffectRule.buffer(EffectCounts(t0: 30, t1: 6, c0: 30, c1: 30, d0: 10, d1: 12)) == nil)
        #expect(EffectCounts(t0: 30, t1: 6, c0: 30, c1: 30).wdq == nil)
    }

    /// Evaluation figures written digit by digit agree with C's printf of the rounded value
    /// (trailing zeros cut, a real minus sign, a decimal comma when asked).
    @Test func figuresAgreeWithPrintf() {
        func reference(_ v: Double, _ d: Int, _ comma: Bool) -> String {
            var scale = 1.0
            for _ in 0..<d { scale *= 10 }
            let rounded = (v * scale).rounded() / scale
            var text = String(format: "%.\(d)f", abs(rounded))
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            if comma { text = text.replacingOccurrences(of: ".", with: ",") }
            return (rounded < 0 ? "−" : "") + text
        }
        var seed: UInt64 = 42
        var values: [Double] = [0, -0.0, 0.5, -0.5, 1.005, 2.675, -2.45, 9.8, -24, 1e6 + 0.25, 123456.789, -0.004, 0.0049]
        for _ in 0..<3_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = Double(seed >> 11) / Double(1 << 53) * pow(10, Double(seed % 7) - 2)
            values.append(seed & 1 == 0 ? magnitude : -magnitude)
        }
        for v in values {
            for d in 0...3 {
                for comma in [false, true] {
                    #expect(EffectNumber.format(v, decimals: d, comma: comma) == reference(v, d, comma), "\(v) \(d)")
                }
            }
        }
    }
}
