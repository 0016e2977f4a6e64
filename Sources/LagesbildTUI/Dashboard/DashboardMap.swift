import LagesbildCore

/// The dashboard's side of the map: `K` opens it on the viewed period, keys go to it while
/// it is open, Enter opens a hot spot's drill-down from it and Esc there returns to it.
extension DashboardApp {
    public func openMap() {
        guard let plan, let picture else { return }
        let map = MapController(plan: plan, picture: picture, ledger: ledger, revision: dataRevision, language: language,
                                unicode: options.unicode)
        map.note = headerNote
        self.map = map
        mapBehind = false
    }

    /// Passes a key to the open map.
    func handleMap(_ key: KeyEvent) -> Bool {
        guard let map else { return true }
        switch map.handle(key) {
        case .stay: break
        case .leave: self.map = nil
        case .open(let id):
            mapBehind = true
            mode = .detail(.hotSpot(id), scroll: 0)
            detailSelection = firstSelectableLine(.hotSpot(id))
        }
        return true
    }

    /// The open map follows new data and the viewed period before it is drawn.
    func followInMap() {
        guard let map, let plan, let picture else { return }
        map.note = headerNote
        map.follow(plan: plan, picture: picture, ledger: ledger, revision: dataRevision)
    }

    /// Esc in a drill-down opened from the map goes back to the map.
    func returnToMap() -> Bool {
        guard map != nil, mapBehind else { return false }
        mapBehind = false
        mode = .overview
        detailSelection = nil
        return true
    }
}
