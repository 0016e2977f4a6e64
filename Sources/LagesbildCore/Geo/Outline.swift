/// A municipality's boundary in SWEREF 99 TM: one or more polygons, each an outer ring and
/// any holes (an enclave of another municipality, a lake left out).
public struct Outline: Sendable, Equatable {
    /// Each polygon's rings, the outer ring first; a ring's last point joins its first.
    public var polygons: [[[GridPoint]]]
    /// The municipality the outline is of, for messages.
    public var name: String

    public init(name: String, polygons: [[[GridPoint]]]) {
        self.name = name
        self.polygons = polygons
    }

    public var rings: [[GridPoint]] { polygons.flatMap { $0 } }

    /// The smallest box holding every ring.
    public var bounds: GridBox? { GridBox(points: rings.flatMap { $0 }) }

    /// Inside an outer ring and outside its holes (even–odd over one polygon's rings).
    public func contains(_ p: GridPoint) -> Bool {
        polygons.contains { polygon in polygon.reduce(false) { $0 != Outline.ring($1, contains: p) } }
    }

    /// The crossing-number test: a ray eastwards from `p` crosses the ring an odd number of times.
    static func ring(_ ring: [GridPoint], contains p: GridPoint) -> Bool {
        guard ring.count >= 3 else { return false }
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.n > p.n) != (b.n > p.n) {
                let e = a.e + (p.n - a.n) / (b.n - a.n) * (b.e - a.e)
                if p.e < e { inside.toggle() }
            }
            j = i
        }
        return inside
    }
}

/// An axis-aligned box in SWEREF 99 TM metres.
public struct GridBox: Sendable, Equatable {
    public var minN: Double, maxN: Double, minE: Double, maxE: Double

    public init(minN: Double, maxN: Double, minE: Double, maxE: Double) {
        self.minN = minN
        self.maxN = maxN
        self.minE = minE
        self.maxE = maxE
    }

    public init?(points: [GridPoint]) {
        guard let first = points.first else { return nil }
        var box = GridBox(minN: first.n, maxN: first.n, minE: first.e, maxE: first.e)
        for p in points { box.include(p) }
        self = box
    }

    public mutating func include(_ p: GridPoint) {
        minN = min(minN, p.n); maxN = max(maxN, p.n)
        minE = min(minE, p.e); maxE = max(maxE, p.e)
    }

    public var width: Double { maxE - minE }
    public var height: Double { maxN - minN }
    public var centre: GridPoint { GridPoint(n: (minN + maxN) / 2, e: (minE + maxE) / 2) }

    /// The box grown by `metres` on every side.
    public func padded(_ metres: Double) -> GridBox {
        GridBox(minN: minN - metres, maxN: maxN + metres, minE: minE - metres, maxE: maxE + metres)
    }
}
