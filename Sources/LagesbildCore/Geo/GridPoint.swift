import Foundation

/// A position in SWEREF 99 TM (EPSG:3006), the reference system of Swedish municipal GIS:
/// northing and easting in metres. Every position is kept in it, so a distance, a cluster
/// or a map is plain plane geometry in metres; positions given in WGS 84 are converted
/// once, when they are read, by a `CoordinateConverter` (PROJ).
public struct GridPoint: Sendable, Hashable, Codable {
    public var n: Double
    public var e: Double

    public init(n: Double, e: Double) {
        self.n = n
        self.e = e
    }

    public func distance(to other: GridPoint) -> Double {
        ((n - other.n) * (n - other.n) + (e - other.e) * (e - other.e)).squareRoot()
    }

    /// Rounded to the decimetre, as the journal writes it: finer than any report is.
    public var rounded: GridPoint { GridPoint(n: (n * 10).rounded() / 10, e: (e * 10).rounded() / 10) }
}

/// A position in WGS 84, degrees.
public struct GeoPoint: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Sweden with its coastal waters, generously: a position outside is a typing error
    /// (swapped latitude and longitude, a missing digit), never a place in the municipality.
    public var isInSweden: Bool {
        (55.0...69.2).contains(latitude) && (10.5...24.3).contains(longitude)
    }
}

/// Converts between WGS 84 and SWEREF 99 TM. The executable supplies PROJ; Core only
/// asks, so it stays free of C libraries.
public protocol CoordinateConverter: Sendable {
    func grid(_ point: GeoPoint) throws -> GridPoint
    func geographic(_ point: GridPoint) throws -> GeoPoint
}

/// Why a position was refused.
public enum PositionProblem: Error, Sendable, Hashable {
    /// Latitude/longitude (or northing/easting) given only in part.
    case incomplete
    /// Not a number, with what was written.
    case notNumber(String)
    /// Outside Sweden: degrees as given.
    case outsideSweden(latitude: Double, longitude: Double)
    /// Inside Sweden but outside the municipality's outline.
    case outsideOutline(municipality: String)
    /// The conversion itself failed (PROJ's message).
    case conversion(String)
}

/// How a position was written: WGS 84 degrees or SWEREF 99 TM metres.
public enum PositionInput: Sendable, Equatable {
    case geographic(GeoPoint)
    case grid(GridPoint)

    /// Reads a number as a person types it or Excel exports it: a decimal comma is a point.
    public static func number(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty, let v = Double(t), v.isFinite else { return nil }
        return v
    }

    /// Two numbers as a person types them: `57.498 14.147`, `57,498, 14,147` (latitude and
    /// longitude, WGS 84) or `6373144 448877` (northing and easting, SWEREF 99 TM); the size
    /// of the first tells which. Nil for anything else.
    public static func parse(_ text: String) -> PositionInput? {
        var numbers: [Double] = []
        var current = ""
        func flush() {
            if !current.isEmpty, let v = number(current) { numbers.append(v) }
            current = ""
        }
        let chars = Array(text)
        for (k, c) in chars.enumerated() {
            if c.isASCII && (c.isNumber || c == "-") {
                current.append(c)
            } else if (c == "." || c == ","), !current.isEmpty, k + 1 < chars.count, chars[k + 1].isNumber,
                      !current.contains(".") {
                current.append(".")  // a decimal point or comma inside a number
            } else {
                flush()
            }
        }
        flush()
        guard numbers.count == 2 else { return nil }
        if abs(numbers[0]) <= 90 && abs(numbers[1]) <= 180 {
            return .geographic(GeoPoint(latitude: numbers[0], longitude: numbers[1]))
        }
        if numbers[0] > 1_000_000 && numbers[1] > 100_000 { return .grid(GridPoint(n: numbers[0], e: numbers[1])) }
        return nil
    }

    /// A grid position as the form shows it back: `6373144.1 448877`.
    public static func gridText(_ p: GridPoint) -> String {
        func f(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String((v * 10).rounded() / 10) }
        return f(p.n) + " " + f(p.e)
    }

    /// The grid position, checked to lie in Sweden and, when an outline is given, inside it.
    public func resolve(_ converter: CoordinateConverter, outline: Outline?) throws -> GridPoint {
        let grid: GridPoint
        let geo: GeoPoint
        switch self {
        case .geographic(let g):
            guard g.isInSweden else { throw PositionProblem.outsideSweden(latitude: g.latitude, longitude: g.longitude) }
            geo = g
            grid = try converter.grid(g)
        case .grid(let p):
            grid = p
            geo = try converter.geographic(p)
            guard geo.isInSweden else {
                throw PositionProblem.outsideSweden(latitude: geo.latitude, longitude: geo.longitude)
            }
        }
        _ = geo
        if let outline, !outline.contains(grid) { throw PositionProblem.outsideOutline(municipality: outline.name) }
        return grid.rounded
    }
}
