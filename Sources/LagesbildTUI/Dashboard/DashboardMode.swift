import Foundation

/// The three overview panels, left to right.
public enum PanelID: Int, CaseIterable, Sendable {
    case focusAreas, hotSpots, activities

    var next: PanelID { PanelID(rawValue: (rawValue + 1) % 3)! }
    var previous: PanelID { PanelID(rawValue: (rawValue + 2) % 3)! }
}

/// What the dashboard is doing: the overview, a drill-down, an overlay, or a form.
public enum DashboardMode: Sendable, Equatable {
    case overview
    case detail(ListRow.Target, scroll: Int)
    case help(scroll: Int)
    /// Typing a name filter; `previous` is restored on Esc.
    case filter(LineEditor, previous: String)
    /// An entry form is open; its state lives in `DashboardApp.entry`.
    case entryForm
    /// A draft left by a crash or a closed terminal waits for an answer.
    case resumeOffer(EntryDraft)
    /// Typing the reason to void a round.
    case voidPrompt(UUID, LineEditor)

    /// Overlays and forms return to the view they were opened from.
    var isBase: Bool {
        switch self {
        case .overview, .detail: return true
        default: return false
        }
    }
}
