import LagesbildCore
import Testing
@testable import LagesbildGeo

/// Expected values from `Tests/oracles/gauss_kruger.py`, Lantmäteriet's Gauss–Krüger
/// formulas for SWEREF 99 TM written out independently of PROJ.
@Suite struct ProjCoordinatesTests {
    let known: [(GeoPoint, GridPoint)] = [
        (GeoPoint(latitude: 57.498, longitude: 14.147), GridPoint(n: 6_373_144.126, e: 448_876.984)),
        (GeoPoint(latitude: 57.433, longitude: 14.091), GridPoint(n: 6_365_951.999, e: 445_424.053)),
        (GeoPoint(latitude: 66.0, longitude: 20.0), GridPoint(n: 7_328_955.759, e: 726_739.978)),
    ]

    @Test func wgs84ToSweref99TMWithinOneMetre() throws {
        let proj = try ProjCoordinates()
        for (geo, grid) in known {
            let got = try proj.grid(geo)
            #expect(got.distance(to: grid) < 1, "\(geo) → \(got), expected \(grid)")
        }
    }

    @Test func sweref99TMToWGS84WithinOneMetre() throws {
        let proj = try ProjCoordinates()
        for (geo, grid) in known {
            let back = try proj.geographic(grid)
            // A metre is about 9e-6° of latitude; of longitude at 66° N about 2.2e-5°.
            #expect(abs(back.latitude - geo.latitude) < 9e-6)
            #expect(abs(back.longitude - geo.longitude) < 2.2e-5)
            #expect(try proj.grid(back).distance(to: grid) < 0.01)
        }
    }

    @Test func aPositionOutsideSwedenIsRefused() throws {
        let proj = try ProjCoordinates()
        // Latitude and longitude swapped: a common typing error.
        #expect(throws: PositionProblem.outsideSweden(latitude: 14.147, longitude: 57.498)) {
            try PositionInput.geographic(GeoPoint(latitude: 14.147, longitude: 57.498)).resolve(proj, outline: nil)
        }
        #expect(throws: PositionProblem.self) {
            try PositionInput.grid(GridPoint(n: 100, e: 200)).resolve(proj, outline: nil)
        }
        let inside = try PositionInput.grid(GridPoint(n: 6_373_144.13, e: 448_876.98)).resolve(proj, outline: nil)
        #expect(inside == GridPoint(n: 6_373_144.1, e: 448_877.0))
    }
}
