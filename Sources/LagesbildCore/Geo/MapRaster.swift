/// What one cell of a drawn map shows, by meaning; the terminal picks colours from it and
/// the characters alone still say everything (monochrome, `NO_COLOR`).
public enum MapCellKind: Sendable, Equatable {
    case empty
    case outline
    /// Incidents in the cell: 1 few, 2 more, 3 most of the view.
    case density(Int)
    case label
    case marker(Trend, selected: Bool)
}

/// A map drawn into cells: Braille dots for the outline, shades for the density of the
/// period's incidents, the localities' names, and each hot spot as its rank and trend mark
/// (`3▲`, the selected one `▸3▲`). Later layers cover earlier ones: outline, density,
/// names, markers.
public struct MapRaster: Sendable {
    public let columns: Int
    public let rows: Int
    public private(set) var characters: [[Character]]
    public private(set) var kinds: [[MapCellKind]]
    /// Counted incidents that fall outside the view.
    public private(set) var outside = 0

    public init(scene: MapScene, frame: MapFrame, columns: Int, rows: Int, selected: Int?, unicode: Bool) {
        self.columns = columns
        self.rows = rows
        characters = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        kinds = Array(repeating: Array(repeating: .empty, count: columns), count: rows)
        var canvas = BrailleCanvas(columns: columns, rows: rows)
        if let outline = scene.outline { canvas.stroke(frame.rings(outline.rings)) }
        for r in 0..<rows {
            for c in 0..<columns {
                if let ch = canvas.character(column: c, row: r, unicode: unicode) { set(r, c, ch, .outline) }
            }
        }
        var counts = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        for p in scene.incidents {
            if let cell = frame.cell(p), cell.row < rows, cell.column < columns { counts[cell.row][cell.column] += 1 } else { outside += 1 }
        }
        let most = counts.joined().max() ?? 0
        let shades: [Character] = unicode ? ["░", "▒", "▓"] : ["o", "O", "@"]
        for r in 0..<rows {
            for c in 0..<columns where counts[r][c] > 0 {
                // Thirds of the busiest cell in view: the shade says where, the numbers are beside.
                let level = min(3, max(1, Int((Double(counts[r][c]) / Double(most) * 3).rounded(.up))))
                set(r, c, shades[level - 1], .density(level))
            }
        }
        // Names go where no marker will be: the row under the places, else above, further out.
        var taken = Set<Int>()
        for (k, marker) in scene.markers.enumerated() {
            guard let cell = frame.cell(marker.position) else { continue }
            let width = MapRaster.markerText(marker, selected: k == selected, unicode: unicode).count
            let start = max(0, min(columns - width, cell.column - (k == selected ? 1 : 0)))
            for c in start..<min(columns, start + width) { taken.insert(cell.row * columns + c) }
        }
        for locality in scene.localities {
            guard let cell = frame.cell(locality.at) else { continue }
            let name = Array(locality.name)
            let start = max(0, min(columns - name.count, cell.column - name.count / 2))
            let free = [1, -1, 2, -2, 3, -3].map { cell.row + $0 }.first { row in
                row >= 0 && row < rows && (start..<min(columns, start + name.count)).allSatisfy { !taken.contains(row * columns + $0) }
            }
            guard let row = free else { continue }
            for (k, ch) in name.enumerated() where start + k < columns { set(row, start + k, ch, .label) }
        }
        // Worst-ranked first, so where two share a cell the higher rank is the one drawn.
        for (k, marker) in scene.markers.enumerated().reversed() where k != selected {
            guard let cell = frame.cell(marker.position) else { continue }
            let text = MapRaster.markerText(marker, selected: false, unicode: unicode)
            let start = max(0, min(columns - text.count, cell.column))
            for (j, ch) in text.enumerated() where start + j < columns {
                set(cell.row, start + j, ch, .marker(marker.status.trend, selected: false))
            }
        }
        if let selected, scene.markers.indices.contains(selected), let cell = frame.cell(scene.markers[selected].position) {
            // The selected one is drawn last of all, whatever shares its cell.
            let marker = scene.markers[selected]
            let text = MapRaster.markerText(marker, selected: true, unicode: unicode)
            let start = max(0, min(columns - text.count, cell.column - 1))
            for (j, ch) in text.enumerated() where start + j < columns {
                set(cell.row, start + j, ch, .marker(marker.status.trend, selected: true))
            }
        }
    }

    private mutating func set(_ r: Int, _ c: Int, _ ch: Character, _ kind: MapCellKind) {
        guard r >= 0, r < rows, c >= 0, c < columns else { return }
        characters[r][c] = ch
        kinds[r][c] = kind
    }

    /// `3▲`, selected `▸3▲`; ranks past 9 are a dot, the side panel names them.
    static func markerText(_ m: MapMarker, selected: Bool, unicode: Bool) -> [Character] {
        let rank: Character = m.rank <= 9 ? Character(String(m.rank)) : (unicode ? "•" : "*")
        return (selected ? [unicode ? "▸" : ">"] : []) + [rank, trendMark(m.status.trend, unicode: unicode)]
    }

    public static func trendMark(_ trend: Trend, unicode: Bool) -> Character {
        switch trend {
        case .rising: return unicode ? "▲" : "^"
        case .falling: return unicode ? "▼" : "v"
        case .steady: return "="
        case .unclear: return unicode ? "≈" : "~"
        }
    }

    public func line(_ r: Int) -> String { String(characters[r]) }
}
