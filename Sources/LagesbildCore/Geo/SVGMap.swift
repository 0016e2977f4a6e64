/// A map as inline SVG for the report and the minutes. The whole municipality on top, each
/// hot spot that has a position as a circle whose area follows its incidents and each
/// locality named; beside it a list naming every place with its number, count and trend;
/// below, one inset per locality at a scale where its places stand apart, numbered there
/// (numbers on the whole map would cover each other where places lie a few hundred metres
/// apart). A legend of circle sizes and a scale bar on every map. North is up; SWEREF 99 TM
/// metres are a plane, so one scale serves both axes.
public struct SVGMap: Sendable {
    public struct Spot: Sendable {
        public var name: String
        public var position: GridPoint
        public var incidents: Int
        public var mark: String
        /// The locality the inset groups it under; empty puts it on the whole map only.
        public var locality: String

        public init(name: String, position: GridPoint, incidents: Int, mark: String, locality: String = "") {
            self.name = name
            self.position = position
            self.incidents = incidents
            self.mark = mark
            self.locality = locality
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

    static let mapWidth = 400.0, listWidth = 270.0, pad = 14.0, insetWidth = 215.0, insetHeight = 190.0

    /// A plane box drawn into a pixel box, north up, aspect kept.
    struct View {
        var box: GridBox
        var left: Double, top: Double, scale: Double
        func x(_ p: GridPoint) -> Double { left + (p.e - box.minE) * scale }
        func y(_ p: GridPoint) -> Double { top + (box.maxN - p.n) * scale }

        init(_ box: GridBox, left: Double, top: Double, width: Double, height: Double) {
            self.box = box
            scale = min(width / max(box.width, 1), height / max(box.height, 1))
            // Centred in the pixel box.
            self.left = left + (width - box.width * scale) / 2
            self.top = top + (height - box.height * scale) / 2
        }
    }

    public func render() -> String? {
        guard let box = (outline?.bounds ?? GridBox(points: spots.map(\.position))?.padded(1_000)) else { return nil }
        let mapHeight = box.height / max(box.width, 1) * (Self.mapWidth - 2 * Self.pad) + 2 * Self.pad
        let listHeight = Self.pad + 18 + Double(spots.count) * 15 + 50
        let topHeight = max(mapHeight + 24, listHeight)
        let localities = insetGroups()
        let perRow = Int((Self.mapWidth + Self.listWidth) / Self.insetWidth)
        let insetRows = (localities.count + perRow - 1) / perRow
        let height = topHeight + Double(insetRows) * (Self.insetHeight + 10)
        let most = max(1, spots.map(\.incidents).max() ?? 1)
        var labels = LabelPlacer()

        var w = MarkupWriter()
        w.within("svg", [("xmlns", "http://www.w3.org/2000/svg"),
                         ("viewBox", "0 0 \(SVG.n(Self.mapWidth + Self.listWidth)) \(SVG.n(height))"),
                         ("role", "img"), ("font-family", "sans-serif"), ("font-size", "10")]) { w in
            w.element("title", [], title)
            w.element("desc", [], description)
            let whole = View(box, left: Self.pad, top: Self.pad, width: Self.mapWidth - 2 * Self.pad, height: mapHeight - 2 * Self.pad)
            drawMap(&w, whole, indices: Array(spots.indices), radius: { Self.radius($0, most: most, largest: 12) }, numbered: false,
                    labels: &labels)
            // Locality names on the whole map, where they cover nothing.
            for (name, members) in localities {
                let ps = members.map { spots[$0].position }
                let cx = ps.map { whole.x($0) }.reduce(0, +) / Double(ps.count)
                let cy = ps.map { whole.y($0) }.reduce(0, +) / Double(ps.count)
                if let at = labels.place(name, size: 9, near: (cx, cy), gap: 14) {
                    w.element("text", [("x", SVG.n(at.0)), ("y", SVG.n(at.1)), ("font-size", "9"), ("fill", "#333")], name)
                }
            }
            scaleBar(&w, scale: whole.scale, x: Self.pad, y: mapHeight + 6, room: Self.mapWidth / 4, labels: &labels)

            let lx = Self.mapWidth + 6
            w.element("text", [("x", SVG.n(lx)), ("y", SVG.n(Self.pad + 4)), ("font-weight", "bold")], legend)
            for (k, spot) in spots.enumerated() {
                w.element("text", [("x", SVG.n(lx)), ("y", SVG.n(Self.pad + 22 + Double(k) * 15))],
                          "\(k + 1). \(SVG.clip(spot.name, 30)) – \(spot.incidents) \(spot.mark)")
            }
            let ly = Self.pad + 22 + Double(spots.count) * 15
            for (j, n) in [most, max(1, most / 4)].enumerated() {
                let cx = lx + 14 + Double(j) * 60, r = Self.radius(n, most: most, largest: 12)
                w.void("circle", [("cx", SVG.n(cx)), ("cy", SVG.n(ly + 12)), ("r", SVG.n(r)), ("fill", "#b71c1c"), ("fill-opacity", "0.45")])
                w.element("text", [("x", SVG.n(cx + 16)), ("y", SVG.n(ly + 16))], String(n))
            }

            for (k, group) in localities.enumerated() {
                let left = Double(k % perRow) * Self.insetWidth + 4, top = topHeight + Double(k / perRow) * (Self.insetHeight + 10)
                drawInset(&w, number: k, name: group.name, indices: group.members, left: left, top: top, most: most, labels: &labels)
            }
        }
        return w.result
    }

    /// Localities with placed hot spots, in order of their first place in the list.
    func insetGroups() -> [(name: String, members: [Int])] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (k, s) in spots.enumerated() where !s.locality.isEmpty {
            if members[s.locality] == nil { order.append(s.locality) }
            members[s.locality, default: []].append(k)
        }
        return order.map { ($0, members[$0]!) }
    }

    static func radius(_ n: Int, most: Int, largest: Double) -> Double {
        n == 0 ? 2 : max(2.5, largest * (Double(n) / Double(most)).squareRoot())
    }

    private func drawMap(_ w: inout MarkupWriter, _ view: View, indices: [Int], radius: (Int) -> Double, numbered: Bool,
                         labels: inout LabelPlacer) {
        if let outline {
            let d = outline.rings.map { ring in
                "M" + ring.map { SVG.n(view.x($0)) + " " + SVG.n(view.y($0)) }.joined(separator: " L") + " Z"
            }.joined(separator: " ")
            w.void("path", [("d", d), ("fill", "#f2f4f7"), ("stroke", "#5f6b7a"), ("stroke-width", "1"), ("fill-rule", "evenodd")])
        }
        // Largest first, so a small circle is never hidden under a large one.
        for k in indices.sorted(by: { spots[$0].incidents > spots[$1].incidents }) {
            let spot = spots[k], x = view.x(spot.position), y = view.y(spot.position), r = radius(spot.incidents)
            w.within("g", []) { w in
                w.element("title", [], "\(k + 1). \(spot.name): \(spot.incidents)")
                w.void("circle", [("cx", SVG.n(x)), ("cy", SVG.n(y)), ("r", SVG.n(r)), ("fill", "#b71c1c"), ("fill-opacity", "0.45"),
                                  ("stroke", "#7f1010"), ("stroke-width", "0.8")])
            }
        }
        guard numbered else { return }
        for k in indices {
            let spot = spots[k], x = view.x(spot.position), y = view.y(spot.position)
            if let at = labels.place(String(k + 1), size: 9, near: (x, y), gap: radius(spot.incidents) + 1) {
                w.element("text", [("x", SVG.n(at.0)), ("y", SVG.n(at.1)), ("font-size", "9")], String(k + 1))
            }
        }
    }

    private func drawInset(_ w: inout MarkupWriter, number: Int, name: String, indices: [Int], left: Double, top: Double, most: Int,
                           labels: inout LabelPlacer) {
        let width = Self.insetWidth - 8, height = Self.insetHeight
        w.void("rect", [("x", SVG.n(left)), ("y", SVG.n(top)), ("width", SVG.n(width)), ("height", SVG.n(height)),
                        ("fill", "#fafbfc"), ("stroke", "#c5ccd6")])
        labels.reserve(x: left + 6, y: top + 13, text: name, size: 10)
        // Its name goes on last, over the clipped outline.
        defer { w.element("text", [("x", SVG.n(left + 6)), ("y", SVG.n(top + 13)), ("font-weight", "bold")], name) }
        guard var box = GridBox(points: indices.map { spots[$0].position }) else { return }
        // At least a kilometre across, and room around the outermost places.
        let grow = max(0, 1_000 - max(box.width, box.height)) / 2
        box = box.padded(250 + grow)
        let view = View(box, left: left + 8, top: top + 20, width: width - 16, height: height - 46)
        // The outline at the inset's scale reaches far past its box: clipped to it.
        let clip = "lagesbild-map-inset-\(number)"
        w.within("clipPath", [("id", clip)]) { w in
            w.void("rect", [("x", SVG.n(left)), ("y", SVG.n(top)), ("width", SVG.n(width)), ("height", SVG.n(height))])
        }
        w.within("g", [("clip-path", "url(#\(clip))")]) { w in
            drawMap(&w, view, indices: indices, radius: { Self.radius($0, most: most, largest: 10) }, numbered: true, labels: &labels)
        }
        scaleBar(&w, scale: view.scale, x: left + 8, y: top + height - 18, room: width / 3, labels: &labels)
    }

    /// A bar of a round length (1, 2 or 5 times a power of ten metres) no longer than `room`.
    private func scaleBar(_ w: inout MarkupWriter, scale: Double, x: Double, y: Double, room: Double, labels: inout LabelPlacer) {
        let target = room / scale
        var unit = 1.0
        while unit * 10 <= target { unit *= 10 }
        let metres = [5, 2, 1].map { Double($0) * unit }.first { $0 <= target } ?? unit
        let label = metres >= 1000 ? "\(SVG.n(metres / 1000)) km" : "\(Int(metres)) m"
        w.void("path", [("d", "M\(SVG.n(x)) \(SVG.n(y)) h\(SVG.n(metres * scale))"), ("stroke", "#222"), ("stroke-width", "2")])
        w.element("text", [("x", SVG.n(x)), ("y", SVG.n(y + 12))], label)
        labels.reserve(x: x, y: y + 12, text: label, size: 10)
    }
}

/// Puts short labels where no earlier label is: right of the point, then left, above,
/// below, and further out; a label that finds no room is left out (the list names the
/// place, and its circle's tooltip does too). Boxes are estimated from the font size.
struct LabelPlacer {
    private var taken: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []

    static func box(x: Double, y: Double, text: String, size: Double) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        // Baseline at y; a digit of a sans-serif is about 0.6 em wide; a margin of a pixel.
        (x - 1, y - size - 1, x + Double(text.count) * size * 0.62 + 1, y + size * 0.3 + 1)
    }

    mutating func reserve(x: Double, y: Double, text: String, size: Double) {
        taken.append(Self.box(x: x, y: y, text: text, size: size))
    }

    mutating func place(_ text: String, size: Double, near p: (Double, Double), gap: Double) -> (Double, Double)? {
        let w = Double(text.count) * size * 0.62
        for step in [1.0, 2.0, 3.0] {
            let g = gap * step
            let tries = [(p.0 + g, p.1 + size * 0.35), (p.0 - g - w, p.1 + size * 0.35),
                         (p.0 - w / 2, p.1 - g), (p.0 - w / 2, p.1 + g + size)]
            for at in tries {
                let b = Self.box(x: at.0, y: at.1, text: text, size: size)
                if !taken.contains(where: { $0.x0 < b.x1 && b.x0 < $0.x1 && $0.y0 < b.y1 && b.y0 < $0.y1 }) {
                    taken.append(b)
                    return at
                }
            }
        }
        return nil
    }
}

extension FollowUpReport {
    /// The report's hot spots that have a position, each sized by the period's incidents, on
    /// the outline: the map of the follow-up report and of the law's document. Nil when no
    /// place has a position; `unplaced` counts those left off.
    func svgMap(language L: Language) -> (title: String, svg: String, unplaced: Int)? {
        let placed = hotSpots.filter { $0.hotSpot.position != nil }
        guard !placed.isEmpty else { return nil }
        let spots = placed.map { SVGMap.Spot(name: $0.hotSpot.name, position: $0.hotSpot.position!, incidents: $0.incidents,
                                             mark: $0.trend.arrow, locality: $0.hotSpot.locality) }
        let title = L(.geo(.svgTitle(municipality: municipality, period: L(.periodName(period)))))
        let description = L(.geo(.svgDescription(spots: spots.count, incidents: spots.reduce(0) { $0 + $1.incidents })))
        guard let svg = SVGMap(title: title, description: description, legend: L(.geo(.svgListHeading)), outline: outline,
                               spots: spots).render() else { return nil }
        return (title, svg, hotSpots.count - placed.count)
    }
}
