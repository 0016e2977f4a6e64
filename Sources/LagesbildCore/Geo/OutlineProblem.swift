/// What is wrong with a boundary file (GeoJSON), with where in it when that is known.
public enum OutlineProblem: Error, Sendable, Equatable {
    /// The file named by the plan is not there or cannot be read.
    case unreadable(String)
    /// Not JSON at all: the parser's message and the line it points at, when it does.
    case syntax(line: Int?, String)
    /// A geometry that is not a Polygon or MultiPolygon (its type).
    case notPolygon(String)
    /// No geometry at all.
    case noGeometry
    /// A coordinate that is not a [longitude, latitude] pair of numbers; the member's path.
    case badCoordinate(String)
    /// A ring of fewer than four positions, or whose last position is not its first.
    case badRing(String)
    /// A position outside Sweden: longitude and latitude the wrong way round, or not WGS 84.
    case outsideSweden(String)
}
