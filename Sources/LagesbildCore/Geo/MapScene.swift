/// One hot spot on a map: where it is, its rank in the picture, and what the picture says.
public struct MapMarker: Sendable, Equatable {
    public var status: HotSpotStatus
    /// 1 for the place the picture ranks first.
    public var rank: Int
    public var position: GridPoint

    public var id: String { status.hotSpot.id }
}

/// What a map of one period shows, in SWEREF 99 TM: the outline, every active hot spot that
/// has a position (in the picture's order), the period's counted incidents, and the
/// localities' names. Built once per picture; drawing it at any size or zoom is `MapRaster`.
public struct MapScene: Sendable, Equatable {
    public var outline: Outline?
    public var markers: [MapMarker]
    /// Each counted incident of the period: its own position, else its hot spot's.
    public var incidents: [GridPoint]
    /// Active hot spots without a position, which the map cannot show.
    public var unplaced: Int
    /// Each locality's name at the middle of its hot spots.
    public var localities: [(name: String, at: GridPoint)]

    public static func == (a: MapScene, b: MapScene) -> Bool {
        a.outline == b.outline && a.markers == b.markers && a.incidents == b.incidents && a.unplaced == b.unplaced
            && a.localities.map(\.name) == b.localities.map(\.name) && a.localities.map(\.at) == b.localities.map(\.at)
    }

    public init(plan: Plan, picture: SituationPicture, ledger: Ledger) {
        outline = plan.outline
        var markers: [MapMarker] = []
        var unplaced = 0
        for (k, status) in picture.hotSpots.enumerated() {
            guard let p = status.hotSpot.position else { unplaced += 1; continue }
            markers.append(MapMarker(status: status, rank: k + 1, position: p))
        }
        self.markers = markers
        self.unplaced = unplaced
        let from = picture.period.start, to = picture.asOf
        var points: [GridPoint] = []
        for i in ledger.countedIncidents where i.date >= from && i.date <= to {
            if let p = i.position ?? i.hotSpot.flatMap({ plan.hotSpot(id: $0)?.position }) { points.append(p) }
        }
        incidents = points
        var byLocality: [String: [GridPoint]] = [:]
        for spot in plan.hotSpots where spot.active && !spot.locality.isEmpty {
            if let p = spot.position { byLocality[spot.locality, default: []].append(p) }
        }
        localities = byLocality.sorted { $0.key < $1.key }.map { name, ps in
            (name, GridPoint(n: ps.map(\.n).reduce(0, +) / Double(ps.count), e: ps.map(\.e).reduce(0, +) / Double(ps.count)))
        }
    }

    /// What "the whole municipality" is: the outline, else the hot spots with a margin.
    public var extent: GridBox? {
        if let box = outline?.bounds { return box }
        return GridBox(points: markers.map(\.position))?.padded(500)
    }
}

/// Moving a selection on a map by direction: the nearest marker that lies within 60° of
/// the direction pressed, distance weighted so a marker straight ahead wins over one as
/// near but off to the side.
public enum MapNavigation {
    public enum Direction: Sendable { case north, south, east, west }

    public static func next(from index: Int, _ direction: Direction, in markers: [MapMarker]) -> Int? {
        guard markers.indices.contains(index) else { return nil }
        let here = markers[index].position
        let (dn, de): (Double, Double) = switch direction {
        case .north: (1, 0)
        case .south: (-1, 0)
        case .east: (0, 1)
        case .west: (0, -1)
        }
        var best: (index: Int, score: Double)?
        for (k, m) in markers.enumerated() where k != index {
            let vn = m.position.n - here.n, ve = m.position.e - here.e
            let d = (vn * vn + ve * ve).squareRoot()
            guard d > 0 else { continue }
            let cos = (vn * dn + ve * de) / d
            guard cos >= 0.5 else { continue }
            let score = d * (2 - cos)
            if score < best?.score ?? .infinity { best = (k, score) }
        }
        return best?.index
    }
}
