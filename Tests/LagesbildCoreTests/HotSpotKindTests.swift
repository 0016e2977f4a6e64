import Testing
@testable import LagesbildCore

/// Hot weeks by the Poisson test and the four kinds, on constructed weekly series.
@Suite struct HotSpotKindTests {
    @Test func poissonTailByHand() {
        // λ = 1: P(X ≥ 1) = 1 − e⁻¹ = 0.632; P(X ≥ 3) = 1 − e⁻¹(1 + 1 + ½) = 0.0803; P(X ≥ 4) = 0.0190.
        #expect(abs(HotSpotClassifier.poissonUpperTail(1, mean: 1) - 0.63212) < 0.00001)
        #expect(abs(HotSpotClassifier.poissonUpperTail(3, mean: 1) - 0.08030) < 0.00001)
        #expect(abs(HotSpotClassifier.poissonUpperTail(4, mean: 1) - 0.01899) < 0.00001)
        #expect(!HotSpotClassifier.isHot(count: 3, mean: 1) && HotSpotClassifier.isHot(count: 4, mean: 1))
        #expect(!HotSpotClassifier.isHot(count: 0, mean: 0))
    }

    /// Twelve weeks; the latest 20 % are the last three.
    @Test func theFourKindsOnTwelveWeeks() {
        func weeks(_ s: String) -> [Bool] { s.map { $0 == "x" } }
        #expect(HotSpotClassifier.kind(hotWeeks: weeks("xxxxxxxxxx..")) == .persistent)   // 10 of 12 ≥ 80 %
        #expect(HotSpotClassifier.kind(hotWeeks: weeks("........x.xx")) == .emerging)     // 2 of 3 hot weeks are the latest
        #expect(HotSpotClassifier.kind(hotWeeks: weeks("xx.x.x......")) == .cooling)      // none in the latest three
        #expect(HotSpotClassifier.kind(hotWeeks: weeks("..x..x...x..")) == .intermittent) // 1 of 3 in the latest
        #expect(HotSpotClassifier.kind(hotWeeks: weeks("............")) == nil)
        #expect(HotSpotClassifier.kind(hotWeeks: weeks("...........x")) == .emerging)
    }

    /// Three places over twelve weeks, 52 incidents: λ = 52 / 36 = 1.44; P(X ≥ 4) = 0.0589 is
    /// not below 5 %, P(X ≥ 5) = 0.0161 is, so a week of 5 or more is hot.
    @Test func classifyUsesTheMunicipalitysMeanPerPlace() {
        let counts: [String: [Int]] = [
            "a": [5, 6, 5, 7, 5, 6, 5, 5, 6, 0, 0, 0],   // 50 incidents, hot in 9 weeks, none at the end
            "b": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
            "c": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0],
        ]
        let result = HotSpotClassifier.classify(counts)
        #expect(abs(HotSpotClassifier.poissonUpperTail(4, mean: 52.0 / 36) - 0.0589) < 0.0005)
        #expect(abs(HotSpotClassifier.poissonUpperTail(5, mean: 52.0 / 36) - 0.0161) < 0.0005)
        #expect(result["a"]?.hot == [true, true, true, true, true, true, true, true, true, false, false, false])
        #expect(result["a"]?.kind == .cooling)
        #expect(result["b"]?.kind == nil && result["c"]?.kind == nil)
    }

    @Test func weeksLookedAt() {
        let w = HotSpotClassifier.weeks(for: Period("2023-T3")!, asOf: Day(iso: "2023-11-20")!)
        #expect(w.count == 12 && w.last == Period("2023-W47")! && w.first == Period("2023-W36")!)
        let y = HotSpotClassifier.weeks(for: Period("2023")!, asOf: Day(iso: "2023-12-31")!)
        // A year's ISO weeks: 1 January 2023 is a Sunday of 2022-W52, which is not 2023's.
        #expect(y.first == Period("2023-W01")! && y.last == Period("2023-W52")! && y.count == 52)
    }
}
