import LagesbildCore

/// The wall's map page: the whole municipality with every placed hot spot by rank and
/// trend, and beside it the ranking that explains the numbers. Nothing is selected.
enum WallMapView {
    static func draw(plan: Plan, picture: SituationPicture, ledger: Ledger, language: Language, unicode: Bool = true,
                     in rect: Rect, on screen: Screen) {
        let scene = MapScene(plan: plan, picture: picture, ledger: ledger)
        let listWidth = min(40, max(28, rect.width / 3))
        let mapRect = Rect(row: rect.row, col: rect.col, height: rect.height, width: rect.width - listWidth)
        let listRect = Rect(row: rect.row, col: mapRect.right, height: rect.height, width: listWidth)
        screen.box(mapRect, title: language(.geo(.wallMapTitle)))
        let inner = mapRect.inner
        if let extent = scene.extent {
            let frame = MapFrame.fitting(extent, dotWidth: inner.width * 2, dotHeight: inner.height * 4)
            let raster = MapRaster(scene: scene, frame: frame, columns: inner.width, rows: inner.height, selected: nil, unicode: unicode)
            for r in 0..<raster.rows {
                for c in 0..<raster.columns where raster.characters[r][c] != " " {
                    screen.put(String(raster.characters[r][c]), row: inner.row + r, col: inner.col + c,
                               role: MapController.role(raster.kinds[r][c]))
                }
            }
        } else {
            screen.put(language(.geo(.mapNoPositions)), row: inner.row, col: inner.col + 1, width: inner.width - 2, role: .dim)
        }
        screen.box(listRect, title: language(.dashboard(.hotSpots)))
        let list = listRect.inner
        var row = list.row
        for marker in scene.markers.prefix(max(0, list.height - 2)) {
            let s = marker.status
            let line = "\(marker.rank). \(MapRaster.trendMark(s.trend, unicode: unicode)) \(s.incidents) \(s.hotSpot.name)"
            screen.put(line, row: row, col: list.col + 1, width: list.width - 2, role: s.trend == .rising ? .bad : .normal)
            row += 1
        }
        if scene.unplaced > 0, row < list.bottom {
            screen.put(language(.geo(.mapUnplaced(scene.unplaced))), row: list.bottom - 1, col: list.col + 1, width: list.width - 2, role: .dim)
        }
    }
}
