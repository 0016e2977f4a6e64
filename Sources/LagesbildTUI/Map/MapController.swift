import LagesbildCore

/// The map view's state and keys: which hot spot is selected, how far it is zoomed, and
/// whether the key overlay is open. The scene comes from the picture the dashboard already
/// has; the controller only asks for a new one when that picture changed.
public final class MapController {
    public enum Outcome: Equatable {
        case stay
        case leave
        /// Enter on a hot spot: the dashboard opens its drill-down.
        case open(hotSpot: String)
    }

    public enum Mode: Equatable { case map, help }

    public let language: Language
    public let unicode: Bool
    public private(set) var scene: MapScene
    public private(set) var mode: Mode = .map
    /// Index into `scene.markers`; nil when no hot spot has a position.
    public private(set) var selected: Int?
    /// Centre and scale when zoomed; nil shows the whole municipality at any size.
    public private(set) var zoom: (centre: GridPoint, metresPerDot: Double)?
    public var municipality: String
    public var period: Period
    /// The header's note (data missing, files unreadable): the dashboard's, shown here too.
    public var note = ""
    /// True when the last frame was too small to draw.
    var hidden = false
    private var madeFrom: Int

    public init(plan: Plan, picture: SituationPicture, ledger: Ledger, revision: Int, language: Language, unicode: Bool) {
        self.language = language
        self.unicode = unicode
        municipality = plan.municipality
        period = picture.period
        scene = MapScene(plan: plan, picture: picture, ledger: ledger)
        selected = scene.markers.isEmpty ? nil : 0
        madeFrom = revision
    }

    /// A new scene when the data or the period changed; the selection stays on its place.
    public func follow(plan: Plan, picture: SituationPicture, ledger: Ledger, revision: Int) {
        guard revision != madeFrom || picture.period != period else { return }
        let keep = selectedMarker?.id
        scene = MapScene(plan: plan, picture: picture, ledger: ledger)
        municipality = plan.municipality
        period = picture.period
        madeFrom = revision
        selected = keep.flatMap { id in scene.markers.firstIndex { $0.id == id } } ?? (scene.markers.isEmpty ? nil : 0)
    }

    public var selectedMarker: MapMarker? { selected.flatMap { scene.markers.indices.contains($0) ? scene.markers[$0] : nil } }

    /// The frame for a canvas of this many cells: the zoom when there is one, else everything.
    public func frame(columns: Int, rows: Int) -> MapFrame? {
        let dots = (columns * 2, rows * 4)
        if let zoom { return MapFrame(centre: zoom.centre, metresPerDot: zoom.metresPerDot, dotWidth: dots.0, dotHeight: dots.1) }
        guard let extent = scene.extent else { return nil }
        return MapFrame.fitting(extent, dotWidth: dots.0, dotHeight: dots.1)
    }

    /// The size of the last canvas, so zooming knows the scale it starts from.
    var canvas = (columns: 50, rows: 20)

    public func handle(_ key: KeyEvent) -> Outcome {
        if mode == .help {
            if let action = KeyMap.action(for: key, in: .map), action == .help || action == .back { mode = .map }
            return .stay
        }
        guard let action = KeyMap.action(for: key, in: .map) else { return .stay }
        switch action {
        case .help: mode = .help
        case .back: return .leave
        case .open: if let id = selectedMarker?.id { return .open(hotSpot: id) }
        case .moveNorth: move(.north)
        case .moveSouth: move(.south)
        case .moveWest: move(.west)
        case .moveEast: move(.east)
        case .nextRank: if let s = selected, !scene.markers.isEmpty { select((s + 1) % scene.markers.count) }
        case .previousRank: if let s = selected, !scene.markers.isEmpty { select((s + scene.markers.count - 1) % scene.markers.count) }
        case .zoomIn: zoom(by: 2)
        case .zoomOut: zoom(by: 0.5)
        case .zoomReset: zoom = nil
        default: break
        }
        return .stay
    }

    private func move(_ direction: MapNavigation.Direction) {
        guard let s = selected, let next = MapNavigation.next(from: s, direction, in: scene.markers) else { return }
        select(next)
    }

    /// A zoomed map follows the selection when it would leave the view.
    private func select(_ index: Int) {
        selected = index
        if zoom != nil, let f = frame(columns: canvas.columns, rows: canvas.rows), f.cell(scene.markers[index].position) == nil {
            zoom?.centre = scene.markers[index].position
        }
    }

    /// Around the selected place; zooming out as far as the whole municipality ends the zoom.
    private func zoom(by factor: Double) {
        guard let current = frame(columns: canvas.columns, rows: canvas.rows) else { return }
        let centre = selectedMarker?.position ?? current.centre
        let next = current.zoomed(by: factor, around: factor > 1 ? centre : current.centre)
        if let whole = scene.extent.map({ MapFrame.fitting($0, dotWidth: current.dotWidth, dotHeight: current.dotHeight) }),
           next.metresPerDot >= whole.metresPerDot {
            zoom = nil
        } else {
            zoom = (next.centre, next.metresPerDot)
        }
    }
}
