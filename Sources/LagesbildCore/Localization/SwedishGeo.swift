// Positions, the outline, the map and clusters, in Swedish.
extension Swedish {
    static func geo(_ g: GeoText) -> String {
        switch g {
        case .position(let p):
            switch p {
            case .incomplete: return "positionen är ofullständig – ange både lat och lon (eller både n och e)"
            case .notNumber(let v): return "\"\(v)\" är inget tal"
            case .outsideSweden(let lat, let lon):
                return "positionen \(number(lat, 5)), \(number(lon, 5)) ligger utanför Sverige – har lat och lon bytt plats?"
            case .outsideOutline(let m): return "positionen ligger utanför \(m)s gräns"
            case .conversion(let d): return "positionen kan inte räknas om (PROJ: \(d))"
            }
        case .outline(let o):
            switch o {
            case .unreadable(let d): return "gränsfilen kan inte läsas: \(d)"
            case .syntax(_, let d): return "gränsfilen är ingen giltig GeoJSON: \(d)"
            case .notPolygon(let t): return "gränsen ska vara en Polygon eller MultiPolygon, inte \(t)"
            case .noGeometry: return "gränsfilen har ingen geometri"
            case .badCoordinate(let at): return "\(at): ska vara ett par [longitud, latitud] i tal"
            case .badRing(let at): return "\(at): en ring ska ha minst fyra positioner och sluta där den börjar"
            case .outsideSweden(let at): return "\(at): ligger utanför Sverige – GeoJSON skriver longitud före latitud, i WGS 84"
            }
        case .boundaryNotUsed(let f): return "gränsen i \(f) används inte: kartan ritas utan kommungräns"
        case .mapTitle(let m): return "Karta – \(m)"
        case .mapNoPositions: return "Inga platser har position. Ge hot spots lat/lon (eller n/e) i planen."
        case .mapNoOutline: return "ingen kommungräns (boundary: i planen)"
        case .mapScale(let m): return "skala: bredden ≈ \(Swedish.distance(m))"
        case .mapLegend: return "1–9 rang · ▲ ökning ▼ minskning ≈ ingen säker förändring · ░▒▓ händelser"
        case .mapLegendASCII: return "1-9 rang · ^ okning v minskning ~ ingen saker forandring · .:# handelser"
        case .mapSelected(let r, let n): return "\(r). \(n)"
        case .mapFigures(let i, let b, let r): return "händelser \(i) (förra \(b)) · rundor \(r)"
        case .mapUnplaced(let n): return "\(n) \(n == 1 ? "plats" : "platser") utan position visas inte"
        case .mapOutside(let n): return "\(n) \(n == 1 ? "händelse" : "händelser") utanför bilden"
        case .mapHint: return "piltangenter/hjkl välj · Enter öppna · +/- zooma · 0 hela kommunen"
        case .wallMapTitle: return "Karta"
        case .clusterLine(let c, let l): return "kluster: \(c) händelser – \(l)"
        case .clusterNear(let n, let m): return "\(Swedish.distance(m)) från \(n)"
        case .clusterNoText: return "utan platsnamn"
        case .clusterRule: return "minst 5 händelser inom 150 m från en av dem, de senaste 8 veckorna, utanför varje hot spots radie"
        case .clusterMade(let n): return "\(n) är nu en hot spot vid klustrets mitt"
        case .clusterName(let k): return "Nytt kluster \(k)"
        case .duplicateLine(let s): return "möjlig dubblett – räknas en gång (\(s))"
        case .duplicatesCounted(let n): return "\(n) \(n == 1 ? "möjlig dubblett" : "möjliga dubbletter") räknas en gång"
        case .duplicateRule: return "samma kategori, samma dag, högst 50 m isär, olika källor"
        case .svgTitle(let m, let p): return "Karta över \(m), \(p)"
        case .svgLegend: return "Cirkelns yta efter antal händelser under perioden"
        case .svgListHeading: return "Plats – händelser, trend"
        case .svgDescription(let s, let i): return "Karta med kommungränsen och \(s) hot spots; \(i) händelser under perioden."
        case .fieldPosition: return "Position"
        case .fieldPositionHelp: return "valfri: lat, lon (57,498 14,147) eller n e i SWEREF 99 TM"
        case .positionFormat(let v): return "\"\(v)\" är ingen position – skriv lat och lon (57.498 14.147) eller n och e (6373000 452000)"
        case .keyOpenMap: return "kartan över kommunen"
        case .footerMap: return "karta"
        case .helpSection: return "Kartan"
        case .keyNorth: return "välj platsen norrut"
        case .keySouth: return "välj platsen söderut"
        case .keyWest: return "välj platsen västerut"
        case .keyEast: return "välj platsen österut"
        case .keyZoomIn: return "zooma in kring vald plats"
        case .keyZoomOut: return "zooma ut"
        case .keyZoomReset: return "hela kommunen"
        case .keyNextRank: return "nästa plats i rangordning"
        case .keyPreviousRank: return "föregående plats i rangordning"
        case .keyOpenSpot: return "öppna vald plats"
        case .keyLeave: return "lämna kartan"
        case .footerMove: return "välj"
        case .footerZoom: return "zooma"
        case .footerOpen: return "öppna"
        case .footerLeave: return "tillbaka"
        case .sideTitle: return "Vald plats"
        case .noSelection: return "ingen plats vald"
        }
    }

    /// Metres below a kilometre, else kilometres with one decimal: "350 m", "2,5 km".
    static func distance(_ metres: Int) -> String {
        metres < 1000 ? "\(metres) m" : number(Double(metres) / 1000, 1) + " km"
    }
}
