import Foundation
import Testing
@testable import LagesbildCore

/// Positions, the outline, the Braille raster, clusters, duplicates and map navigation.
/// Every expected value here is worked out by hand in the comments.
@Suite struct BrailleRasterTests {
    /// An 8 × 8 dot square with a 4 × 4 hole in its middle, in 4 × 2 cells. Dot centres lie
    /// at x + 0.5, so the square holds x, y in 0…7 and the hole x, y in 2…5. Cell (0, 0)
    /// has all eight dots (⣿ U+28FF); cell (1, 0) only its top two rows, dots 1 2 4 5 =
    /// 0x1B (⠛ U+281B); cell (1, 1) only its bottom two rows, dots 3 6 7 8 = 0xE4 (⣤ U+28E4).
    @Test func aSquareWithAHoleFillsToTheExpectedCells() {
        var canvas = BrailleCanvas(columns: 4, rows: 2)
        canvas.fill([[(0, 0), (8, 0), (8, 8), (0, 8)], [(2, 2), (6, 2), (6, 6), (2, 6)]])
        #expect(canvas.lines(unicode: true) == ["⣿⠛⠛⣿", "⣿⣤⣤⣿"])
        #expect(canvas.pattern(column: 1, row: 0) == 0x1B)
        #expect(canvas.pattern(column: 1, row: 1) == 0xE4)
        // Without UTF-8: dots above only `'`, below only `.`, both `:`.
        #expect(canvas.lines(unicode: false) == [":'':", ":..:"])
    }

    /// The edges alone: a 6 × 4 dot rectangle in 3 × 1 cells; its edges are the dots at
    /// x 0 or 5, y 0 or 3 (rounding down from the corners at 0 and 5.x).
    @Test func aRectangleStrokesItsEdgesOnly() {
        var canvas = BrailleCanvas(columns: 3, rows: 1)
        canvas.stroke([[(0, 0), (5, 0), (5, 3), (0, 3)]])
        for x in 0..<6 {
            for y in 0..<4 {
                #expect(canvas.isSet(x, y) == (x == 0 || x == 5 || y == 0 || y == 3), "dot \(x),\(y)")
            }
        }
    }

    @Test func aLineFarOutsideIsClippedNotWalked() {
        var canvas = BrailleCanvas(columns: 2, rows: 1)
        canvas.line(-1e9, 1, 1e9, 1)
        #expect((0..<4).allSatisfy { canvas.isSet($0, 1) })
        #expect(!canvas.isSet(0, 0))
    }
}

@Suite struct OutlineTests {
    /// A 10 km square with a 2 km hole.
    let outline = Outline(name: "Test", polygons: [[
        [GridPoint(n: 0, e: 0), GridPoint(n: 0, e: 10_000), GridPoint(n: 10_000, e: 10_000), GridPoint(n: 10_000, e: 0)],
        [GridPoint(n: 4_000, e: 4_000), GridPoint(n: 4_000, e: 6_000), GridPoint(n: 6_000, e: 6_000), GridPoint(n: 6_000, e: 4_000)],
    ]])

    @Test func insideTheRingButNotInTheHole() {
        #expect(outline.contains(GridPoint(n: 1_000, e: 1_000)))
        #expect(!outline.contains(GridPoint(n: 5_000, e: 5_000)))
        #expect(!outline.contains(GridPoint(n: 11_000, e: 5_000)))
        #expect(outline.bounds == GridBox(minN: 0, maxN: 10_000, minE: 0, maxE: 10_000))
    }

    @Test func positionsAreReadAsPeopleTypeThem() {
        #expect(PositionInput.parse("57,498 14,147") == .geographic(GeoPoint(latitude: 57.498, longitude: 14.147)))
        #expect(PositionInput.parse("57.498, 14.147") == .geographic(GeoPoint(latitude: 57.498, longitude: 14.147)))
        #expect(PositionInput.parse("6373144 448877") == .grid(GridPoint(n: 6_373_144, e: 448_877)))
        #expect(PositionInput.parse("6373144,5 448877,2") == .grid(GridPoint(n: 6_373_144.5, e: 448_877.2)))
        #expect(PositionInput.parse("Torget") == nil)
        #expect(PositionInput.parse("57.4") == nil)
        #expect(PositionInput.parse("1200 300") == nil)
    }
}

private func incident(_ n: Double, _ e: Double, day: Day, source: IncidentSource = .polis, category: IncidentCategory = .ordningsstorning,
                      hotSpot: String? = nil, time: ClockTime? = nil) -> Incident {
    Incident(date: day, time: time, hotSpot: hotSpot, place: hotSpot == nil ? "Någonstans" : "", category: category, source: source,
             position: GridPoint(n: n, e: e))
}

@Suite struct ClusterTests {
    let asOf = Day(iso: "2023-11-21")!
    let spot: HotSpot = {
        var s = HotSpot(id: "torget", name: "Torget", locality: "Vaggeryd")
        s.position = GridPoint(n: 6_373_000, e: 449_000)
        return s
    }()

    /// A deterministic spread of points over a 20 km square (a 53 × 53 lattice with a
    /// step of 377 m, each nudged by at most 60 m): no two lie within 150 m of each other,
    /// so no five do.
    func noise(count: Int) -> [Incident] {
        (0..<count).map { k in
            let i = k % 53, j = k / 53
            let jitter = Double((k * 7919) % 121) - 60
            return incident(6_360_000 + Double(j) * 377 + jitter, 440_000 + Double(i) * 377 - jitter,
                            day: asOf.adding(days: -(k % 56)))
        }
    }

    @Test func thePlantedClusterIsFoundAndNothingElse() {
        // Six reports within 100 m of a point 3 km from the hot spot, over the last four weeks.
        let centre = (n: 6_370_000.0, e: 451_000.0)
        let planted = (0..<6).map { k in
            incident(centre.n + Double(k % 3) * 40, centre.e + Double(k / 3) * 50, day: asOf.adding(days: -k * 5))
        }
        let found = ClusterFinder.clusters(planted + noise(count: 400), hotSpots: [spot], asOf: asOf)
        #expect(found.count == 1)
        #expect(Set(found.first?.incidentIDs ?? []) == Set(planted.map(\.id)))
        // Mean of n: centre + (0+40+80)·2/6 = +40; of e: centre + 50·3/6 = +25.
        #expect(found.first?.centre == GridPoint(n: centre.n + 40, e: centre.e + 25))
        #expect(found.first?.nearest?.id == "torget")
        #expect(found.first?.placeText == "Någonstans")
    }

    @Test func uniformNoiseHasNoCluster() {
        #expect(ClusterFinder.clusters(noise(count: 2_000), hotSpots: [spot], asOf: asOf).isEmpty)
    }

    @Test func fourAreNotACluster_oldOnesAndThoseAtAHotSpotDoNotCount() {
        let four = (0..<4).map { incident(6_370_000 + Double($0) * 10, 451_000, day: asOf) }
        #expect(ClusterFinder.clusters(four, hotSpots: [spot], asOf: asOf).isEmpty)
        // A fifth from 57 days ago: outside the 8 weeks (56 days, today included).
        let old = incident(6_370_000, 451_010, day: asOf.adding(days: -56))
        #expect(ClusterFinder.clusters(four + [old], hotSpots: [spot], asOf: asOf).isEmpty)
        let recent = incident(6_370_000, 451_010, day: asOf.adding(days: -55))
        #expect(ClusterFinder.clusters(four + [recent], hotSpots: [spot], asOf: asOf).count == 1)
        // Five inside the hot spot's 150 m circle are the hot spot's own.
        let atSpot = (0..<5).map { incident(6_373_000 + Double($0) * 20, 449_000, day: asOf) }
        #expect(ClusterFinder.clusters(atSpot, hotSpots: [spot], asOf: asOf).isEmpty)
    }
}

@Suite struct DuplicateTests {
    let day = Day(iso: "2023-10-14")!

    func ledger(_ incidents: [Incident]) -> Ledger {
        Ledger(events: incidents.enumerated().map { k, i in
            JournalEvent(timestamp: Date(timeIntervalSince1970: 1.7e9 + Double(k)), author: "t@h", action: .recorded, record: .incident(i))
        })
    }

    @Test func twoSourcesAtOnePlaceOnOneDayAreOne() {
        let police = incident(6_373_030, 449_000, day: day, source: .polis, category: .vald, hotSpot: "torget", time: ClockTime(hour: 22, minute: 10))
        // 42 − 30 = 12 m north and 12 m east: 17 m apart.
        let guards = incident(6_373_042, 449_012, day: day, source: .vaktbolag, category: .vald, hotSpot: "torget", time: ClockTime(hour: 22, minute: 25))
        #expect(DuplicateRule.duplicates(in: [police, guards]) == [guards.id: police.id])
        let l = ledger([police, guards])
        #expect(l.index.incidentCount(at: "torget", from: day, to: day) == 1)
        #expect(Array(l.countedIncidents).map(\.id) == [police.id])
        #expect(l.incidents.count == 2)
    }

    @Test func sameSourceFarApartOtherKindOrOtherDayAreTwo() {
        let a = incident(6_373_000, 449_000, day: day, source: .polis, hotSpot: "torget")
        let sameSource = incident(6_373_010, 449_000, day: day, source: .polis, hotSpot: "torget")
        // 60 m apart: beyond 50 m.
        let far = incident(6_373_060, 449_000, day: day, source: .vaktbolag, hotSpot: "torget")
        let otherKind = incident(6_373_010, 449_000, day: day, source: .vaktbolag, category: .klotter, hotSpot: "torget")
        let otherDay = incident(6_373_010, 449_000, day: day.adding(days: 1), source: .vaktbolag, hotSpot: "torget")
        for other in [sameSource, far, otherKind, otherDay] {
            #expect(DuplicateRule.duplicates(in: [a, other]).isEmpty)
            #expect(ledger([a, other]).index.incidentCount(at: "torget", from: day, to: day.adding(days: 1)) == 2)
        }
    }

    @Test func oneReportAbsorbsOneFromEachOtherSource() {
        let p1 = incident(6_373_000, 449_000, day: day, source: .polis, hotSpot: "torget", time: ClockTime(hour: 20, minute: 0))
        let g = incident(6_373_010, 449_000, day: day, source: .vaktbolag, hotSpot: "torget", time: ClockTime(hour: 20, minute: 5))
        let p2 = incident(6_373_020, 449_000, day: day, source: .polis, hotSpot: "torget", time: ClockTime(hour: 20, minute: 10))
        let g2 = incident(6_373_015, 449_000, day: day, source: .vaktbolag, hotSpot: "torget", time: ClockTime(hour: 20, minute: 15))
        // p1 counted; g repeats p1; p2 is the police's second report, counted; g2 repeats p2.
        #expect(DuplicateRule.duplicates(in: [p2, g2, g, p1]) == [g.id: p1.id, g2.id: p2.id])
    }

    @Test func voidingTheCountedOneCountsTheOther() {
        let police = incident(6_373_030, 449_000, day: day, source: .polis, hotSpot: "torget", time: ClockTime(hour: 22, minute: 10))
        let guards = incident(6_373_042, 449_012, day: day, source: .vaktbolag, hotSpot: "torget", time: ClockTime(hour: 22, minute: 25))
        var l = ledger([police, guards])
        l.apply([JournalEvent(timestamp: Date(timeIntervalSince1970: 1.8e9), author: "t@h", action: .voided, record: .incident(police),
                              reason: "fel")])
        #expect(l.index.incidentCount(at: "torget", from: day, to: day) == 1)
        #expect(l.index.duplicateOf.isEmpty)
        #expect(Array(l.countedIncidents).map(\.id) == [guards.id])
    }
}

@Suite struct MapNavigationTests {
    func marker(_ id: String, _ n: Double, _ e: Double, rank: Int) -> MapMarker {
        MapMarker(status: HotSpotStatus(hotSpot: HotSpot(id: id, name: id, locality: ""), incidents: 0, incidentsBefore: 0, trend: .steady,
                                        rounds: 0, daysSinceLastRound: nil, overdue: false, openMeasures: 0, overdueMeasures: 0,
                                        priority: 0),
                  rank: rank, position: GridPoint(n: n, e: e))
    }

    @Test func theNearestPlaceInTheDirectionPressed() {
        let markers = [marker("centre", 0, 0, rank: 1), marker("east", 100, 1_000, rank: 2), marker("far-east", 0, 5_000, rank: 3),
                       marker("north", 2_000, 0, rank: 4), marker("north-east-ish", 900, 900, rank: 5)]
        // East: "east" lies 6° off the axis at 1 005 m, score 1 005·(2 − 0.995) ≈ 1 010; the
        // diagonal one, 45° off (cos 0.71, inside the 60° cone) at 1 273 m, scores
        // 1 273·1.29 ≈ 1 646; "far-east" 5 000. "east" wins.
        #expect(MapNavigation.next(from: 0, .east, in: markers) == 1)
        // North: the diagonal one's 1 646 beats "north" straight ahead at 2 000.
        #expect(MapNavigation.next(from: 0, .north, in: markers) == 4)
        #expect(MapNavigation.next(from: 0, .west, in: markers) == nil)
        #expect(MapNavigation.next(from: 0, .south, in: markers) == nil)
    }
}
