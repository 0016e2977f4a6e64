import LagesbildCore

/// The area view: a police area's municipalities in one read-only picture. Each
/// municipality's promises on the left, one hot-spot ranking across them on the right,
/// each place marked with its municipality; Enter opens that municipality's dashboard (view
/// only) at the place's drill-down, and `q` there comes back. ←/→ move every member's period.
public final class AreaApp {
    public struct Member {
        public var name: String
        public var dashboard: DashboardApp

        public init(name: String, dashboard: DashboardApp) {
            self.name = name
            self.dashboard = dashboard
        }
    }

    public let members: [Member]
    public let language: Language
    /// The municipality whose dashboard is open, taking every key until it is left.
    public private(set) var drilled: Int?
    /// Index into the merged ranking.
    public private(set) var selected = 0
    public private(set) var helpOpen = false
    var pageSize = 10

    public init(members: [Member], language: Language) {
        self.members = members
        self.language = language
    }

    /// Every member's picture of its viewed period; members without a plan are left out.
    public var picture: AreaPicture {
        AreaPicture(members: members.compactMap { m in
            guard let plan = m.dashboard.plan, let picture = m.dashboard.picture else { return nil }
            return AreaPicture.Member(name: m.name, plan: plan, picture: picture)
        })
    }

    public func tick(today: Day) { for m in members { m.dashboard.tick(today: today) } }

    /// The drilled-into member's report drawn without its rest (`DashboardApp.isCompletingView`).
    public var isCompletingView: Bool { drilled.map { members[$0].dashboard.isCompletingView } ?? false }

    /// Applies a key; false when the area view should close.
    public func handle(_ key: KeyEvent) -> Bool {
        if let drilled {
            if !members[drilled].dashboard.handle(key) { self.drilled = nil }
            return true
        }
        if key == .timeout { for m in members { _ = m.dashboard.handle(.timeout) }; return true }
        if helpOpen {
            if KeyMap.action(for: key, in: .area) != nil || key == .escape { helpOpen = false }
            return true
        }
        guard let action = KeyMap.action(for: key, in: .area) else { return true }
        let count = picture.ranking.count
        switch action {
        case .quit: return false
        case .help: helpOpen = true
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - max(1, pageSize - 1))
        case .pageDown: selected = min(max(0, count - 1), selected + max(1, pageSize - 1))
        case .previousPeriod, .nextPeriod:
            for m in members { _ = m.dashboard.handle(action == .previousPeriod ? .left : .right) }
        case .open: open()
        default: break
        }
        return true
    }

    /// The selected place's municipality, at that place's drill-down.
    private func open() {
        let ranking = picture.ranking
        guard ranking.indices.contains(selected) else { return }
        let spot = ranking[selected]
        let member = members.firstIndex { $0.name == spot.municipality } ?? spot.member
        members[member].dashboard.mode = .detail(.hotSpot(spot.status.hotSpot.id), scroll: 0)
        drilled = member
    }
}
