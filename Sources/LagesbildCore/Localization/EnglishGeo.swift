// Positions, the outline, the map and clusters, in English.
extension English {
    static func geo(_ g: GeoText) -> String {
        switch g {
        case .position(let p):
            switch p {
            case .incomplete: return "the position is incomplete – give both lat and lon (or both n and e)"
            case .notNumber(let v): return "\"\(v)\" is not a number"
            case .outsideSweden(let lat, let lon):
                return "the position \(number(lat, 5)), \(number(lon, 5)) lies outside Sweden – are lat and lon swapped?"
            case .outsideOutline(let m): return "the position lies outside the boundary of \(m)"
            case .conversion(let d): return "the position cannot be converted (PROJ: \(d))"
            }
        case .outline(let o):
            switch o {
            case .unreadable(let d): return "the boundary file cannot be read: \(d)"
            case .syntax(_, let d): return "the boundary file is not valid GeoJSON: \(d)"
            case .notPolygon(let t): return "the boundary must be a Polygon or MultiPolygon, not \(t)"
            case .noGeometry: return "the boundary file has no geometry"
            case .badCoordinate(let at): return "\(at): must be a [longitude, latitude] pair of numbers"
            case .badRing(let at): return "\(at): a ring needs at least four positions and must end where it starts"
            case .outsideSweden(let at): return "\(at): lies outside Sweden – GeoJSON puts longitude before latitude, in WGS 84"
            }
        case .boundaryNotUsed(let f): return "the boundary in \(f) is not used: the map is drawn without it"
        case .mapTitle(let m): return "Map – \(m)"
        case .mapNoPositions: return "No place has a position. Give hot spots lat/lon (or n/e) in the plan."
        case .mapNoOutline: return "no municipal boundary (boundary: in the plan)"
        case .mapScale(let m): return "scale: width ≈ \(English.distance(m))"
        case .mapLegend: return "1–9 rank · ▲ rise ▼ fall ≈ no clear change · ░▒▓ incidents"
        case .mapLegendASCII: return "1-9 rank · ^ rise v fall ~ no clear change · .:# incidents"
        case .mapSelected(let r, let n): return "\(r). \(n)"
        case .mapFigures(let i, let b, let r): return "incidents \(i) (before \(b)) · rounds \(r)"
        case .mapUnplaced(let n): return "\(n) \(n == 1 ? "place" : "places") without a position not shown"
        case .mapOutside(let n): return "\(n) \(n == 1 ? "incident" : "incidents") outside the view"
        case .mapHint: return "arrows/hjkl select · Enter open · +/- zoom · 0 whole municipality"
        case .wallMapTitle: return "Map"
        case .clusterLine(let c, let l): return "cluster: \(c) incidents – \(l)"
        case .clusterNear(let n, let m): return "\(English.distance(m)) from \(n)"
        case .clusterNoText: return "no place name"
        case .clusterRule: return "at least 5 incidents within 150 m of one of them, in the last 8 weeks, outside every hot spot's radius"
        case .clusterMade(let n): return "\(n) is now a hot spot at the cluster's centre"
        case .clusterName(let k): return "New cluster \(k)"
        case .duplicateLine(let s): return "possible duplicate – counted once (\(s))"
        case .duplicatesCounted(let n): return "\(n) possible \(n == 1 ? "duplicate" : "duplicates") counted once"
        case .duplicateRule: return "same category, same day, at most 50 m apart, different sources"
        case .svgTitle(let m, let p): return "Map of \(m), \(p)"
        case .svgLegend: return "Circle area by the period's incidents"
        case .svgListHeading: return "Place – incidents, trend"
        case .svgDescription(let s, let i): return "Map with the municipal boundary and \(s) hot spots; \(i) incidents in the period."
        case .fieldPosition: return "Position"
        case .fieldPositionHelp: return "optional: lat, lon (57.498 14.147) or n e in SWEREF 99 TM"
        case .positionFormat(let v): return "\"\(v)\" is not a position – write lat and lon (57.498 14.147) or n and e (6373000 452000)"
        case .keyOpenMap: return "the map of the municipality"
        case .footerMap: return "map"
        case .helpSection: return "The map"
        case .keyNorth: return "select the place to the north"
        case .keySouth: return "select the place to the south"
        case .keyWest: return "select the place to the west"
        case .keyEast: return "select the place to the east"
        case .keyZoomIn: return "zoom in around the selection"
        case .keyZoomOut: return "zoom out"
        case .keyZoomReset: return "the whole municipality"
        case .keyNextRank: return "next place by rank"
        case .keyPreviousRank: return "previous place by rank"
        case .keyOpenSpot: return "open the selected place"
        case .keyLeave: return "leave the map"
        case .footerMove: return "select"
        case .footerZoom: return "zoom"
        case .footerOpen: return "open"
        case .footerLeave: return "back"
        case .sideTitle: return "Selected place"
        case .noSelection: return "no place selected"
        }
    }

    static func distance(_ metres: Int) -> String {
        metres < 1000 ? "\(metres) m" : number(Double(metres) / 1000, 1) + " km"
    }
}
