/// A map as inline SVG for the report and the minutes: the outline, each hot spot that has
/// a position as a circle whose area follows its incidents, numbered, with a list naming
/// every place beside the map (names on the map itself would cover each other where places
/// lie close), a legend of circle sizes and a scale bar. North is up; SWEREF 99 TM metres
/// are a plane, so one scale serves both axes.
public struct SVGMap: Sendable {
    public struct Spot: Sendable {
        public var name: String
        public var position: GridPoint
        public var incidents: Int
        public var mark: String

        public init(name: String, position: GridPoint, incidents: Int, mark: String) {
            self.name = name
            self.position = position
            self.incidents = incidents
            self.mark = mark
        }
    }

    public var title: String
    public var description: String
    public var legend: String
    public var outline: Outline?
    public var spots: [Spot]

    public init(title: String, description: String, legend: String, outline: Outline?, spots: [Spot]) {
        self.title = title
        self.description = description
        self.legend = legend
        self.outline = outline
        self.spots = spots
    }

    static let mapWidth = 420.0, listWidth = 250.0, pad = 16.0, largestRadius = 16.0

    public func render() -> String? {
        guard let box = (outline?.bounds ?? GridBox(points: spots.map(\.position))?.padded(1_000)) else { return nil }
        let scale = (Self.mapWidth - 2 * Self.pad) / max(box.width, 1)
        let mapHeight = box.height * scale + 2 * Self.pad + 40
        let height = max(mapHeight, Self.pad + Double(spots.count) * 15 + 60)
        func x(_ p: GridPoint) -> Double { Self.pad + (p.e - box.minE) * scale }
        func y(_ p: GridPoint) -> Double { Self.pad + (box.maxN - p.n) * scale }
        let most = max(1, spots.map(\.incidents).max() ?? 1)
        func radius(_ n: Int) -> Double { n == 0 ? 2.5 : max(3, Self.largestRadius * (Double(n) / Double(most)).squareRoot()) }

        var w = MarkupWriter()
        w.within("svg", [("xmlns", "http://www.w3.org/2000/svg"),
                         ("viewBox", "0 0 \(SVG.n(Self.mapWidth + Self.listWidth)) \(SVG.n(height))"),
                         ("role", "img"), ("font-family", "sans-serif"), ("font-size", "10")]) { w in
            w.element("title", [], title)
            w.element("desc", [], description)
            if let outline {
                let d = outline.rings.map { ring in
                    "M" + ring.map { SVG.n(x($0)) + " " + SVG.n(y($0)) }.joined(separator: " L") + " Z"
                }.joined(separator: " ")
                w.void("path", [("d", d), ("fill", "#f2f4f7"), ("stroke", "#5f6b7a"), ("stroke-width", "1"),
                                   ("fill-rule", "evenodd")])
            }
            // Largest first, so a small circle is never hidden under a large one.
            for (k, spot) in spots.enumerated().sorted(by: { $0.element.incidents > $1.element.incidents }) {
                w.within("g", []) { w in
                    w.element("title", [], "\(k + 1). \(spot.name): \(spot.incidents)")
                    w.void("circle", [("cx", SVG.n(x(spot.position))), ("cy", SVG.n(y(spot.position))),
                                         ("r", SVG.n(radius(spot.incidents))), ("fill", "#b71c1c"), ("fill-opacity", "0.45"),
                                         ("stroke", "#7f1010"), ("stroke-width", "0.8")])
                    w.element("text", [("x", SVG.n(x(spot.position) + radius(spot.incidents) + 1)),
                                       ("y", SVG.n(y(spot.position) + 3)), ("font-size", "8")], String(k + 1))
                }
            }
            scaleBar(&w, scale: scale, y: mapHeight - 18)
            // The list names every place with its number, count and trend mark.
            let lx = Self.mapWidth + 8
            w.element("text", [("x", SVG.n(lx)), ("y", SVG.n(Self.pad)), ("font-weight", "bold")], legend)
            for (k, spot) in spots.enumerated() {
                w.element("text", [("x", SVG.n(lx)), ("y", SVG.n(Self.pad + 16 + Double(k) * 15))],
                          "\(k + 1). \(SVG.clip(spot.name, 30)) – \(spot.incidents) \(spot.mark)")
            }
            let ly = Self.pad + 16 + Double(spots.count) * 15 + 12
            for (j, n) in [most, max(1, most / 4)].enumerated() {
                let cx = lx + 18 + Double(j) * 60
                w.void("circle", [("cx", SVG.n(cx)), ("cy", SVG.n(ly + Self.largestRadius)), ("r", SVG.n(radius(n))),
                                     ("fill", "#b71c1c"), ("fill-opacity", "0.45")])
                w.element("text", [("x", SVG.n(cx + Self.largestRadius + 2)), ("y", SVG.n(ly + Self.largestRadius + 3))], String(n))
            }
        }
        return w.result
    }

    /// A bar of a round length near a fifth of the map's width: 1, 2 or 5 times a power of ten metres.
    private func scaleBar(_ w: inout MarkupWriter, scale: Double, y: Double) {
        let target = (Self.mapWidth - 2 * Self.pad) / 5 / scale
        var unit = 1.0
        while unit * 10 <= target { unit *= 10 }
        let metres = [5, 2, 1].map { Double($0) * unit }.first { $0 <= target } ?? unit
        let length = metres * scale
        let label = metres >= 1000 ? "\(SVG.n(metres / 1000)) km" : "\(Int(metres)) m"
        w.void("path", [("d", "M\(SVG.n(Self.pad)) \(SVG.n(y)) h\(SVG.n(length))"), ("stroke", "#222"), ("stroke-width", "2")])
        w.element("text", [("x", SVG.n(Self.pad)), ("y", SVG.n(y + 12))], label)
    }
}
