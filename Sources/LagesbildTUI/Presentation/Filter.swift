import Foundation
import LagesbildCore

/// What the chair narrowed the lists to: a name fragment and/or one focus area.
public struct DashboardFilter: Sendable, Equatable {
    public var name: String = ""
    /// A focus area id, or nil for all.
    public var focusArea: String?

    public init(name: String = "", focusArea: String? = nil) {
        self.name = name
        self.focusArea = focusArea
    }

    public var isEmpty: Bool { name.isEmpty && focusArea == nil }

    /// Case and diacritics do not count: `lov` finds Lövåsparken, `hjortsjo` Hjortsjöns
    /// badplats, as typed on a keyboard without å, ä and ö.
    func matches(_ texts: [String]) -> Bool {
        let needle = DashboardFilter.folded(name.trimmingCharacters(in: .whitespaces))
        guard !needle.isEmpty else { return true }
        return texts.contains { DashboardFilter.folded($0).contains(needle) }
    }

    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    func matches(_ spot: HotSpot, plan: Plan) -> Bool {
        if let area = focusArea, !spot.focusAreas.contains(area) { return false }
        return matches([spot.name, spot.locality] + spot.aliases)
    }

    func matches(_ promise: Promise, plan: Plan) -> Bool {
        if let area = focusArea, promise.focusArea != area { return false }
        return matches([promise.text, plan.focusArea(id: promise.focusArea)?.name ?? promise.focusArea])
    }
}
