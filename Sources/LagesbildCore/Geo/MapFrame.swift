/// Which part of the municipality a map shows and at what scale: SWEREF 99 TM metres to
/// the dots of a `BrailleCanvas`. Braille dots are about square in a terminal cell (half
/// its width, a quarter of its height), so one scale serves both axes and north is up.
public struct MapFrame: Sendable, Equatable {
    public var centre: GridPoint
    public var metresPerDot: Double
    public var dotWidth: Int
    public var dotHeight: Int

    public init(centre: GridPoint, metresPerDot: Double, dotWidth: Int, dotHeight: Int) {
        self.centre = centre
        self.metresPerDot = metresPerDot
        self.dotWidth = dotWidth
        self.dotHeight = dotHeight
    }

    /// The whole of `box` in the given dots, with a dot's margin.
    public static func fitting(_ box: GridBox, dotWidth: Int, dotHeight: Int) -> MapFrame {
        let w = max(1, dotWidth - 2), h = max(1, dotHeight - 2)
        let scale = max(box.width / Double(w), box.height / Double(h), 1)
        return MapFrame(centre: box.centre, metresPerDot: scale, dotWidth: dotWidth, dotHeight: dotHeight)
    }

    public func dot(_ p: GridPoint) -> (Double, Double) {
        ((p.e - centre.e) / metresPerDot + Double(dotWidth) / 2, (centre.n - p.n) / metresPerDot + Double(dotHeight) / 2)
    }

    /// The cell (column, row) a point falls in; nil outside the frame.
    public func cell(_ p: GridPoint) -> (column: Int, row: Int)? {
        let (x, y) = dot(p)
        guard x >= 0, y >= 0, x < Double(dotWidth), y < Double(dotHeight) else { return nil }
        return (Int(x) / 2, Int(y) / 4)
    }

    public func rings(_ rings: [[GridPoint]]) -> [[(Double, Double)]] { rings.map { $0.map(dot) } }

    /// Zoomed in (factor > 1) or out around `point`.
    public func zoomed(by factor: Double, around point: GridPoint) -> MapFrame {
        var f = self
        f.centre = point
        f.metresPerDot = max(1, metresPerDot / factor)
        return f
    }

    /// The width the frame shows, in metres, for the scale line.
    public var widthMetres: Double { Double(dotWidth) * metresPerDot }
}
