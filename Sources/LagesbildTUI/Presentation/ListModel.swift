import Foundation

/// A right-hand column of a list row: fixed width, already formatted.
public struct RowCell: Sendable, Equatable {
    public var text: String
    public var role: StyleRole
    /// Columns reserved; the text is right-aligned in them.
    public var width: Int
    /// An elastic cell (a sparkline) takes what room is left after the label's minimum
    /// and shows its newest end.
    public var elastic: Bool
    /// A cell that repeats what another says (a progress bar beside its figures): left out
    /// when the label would otherwise be cut too short to read.
    public var droppable: Bool

    public init(_ text: String, width: Int? = nil, role: StyleRole = .normal, elastic: Bool = false, droppable: Bool = false) {
        self.text = text
        self.role = role
        self.width = width ?? TextWidth.width(text)
        self.elastic = elastic
        self.droppable = droppable
    }
}

/// One line of a panel: a label on the left, cells on the right.
public struct ListRow: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case hotSpot(String)
        case promise(String)
        case metric(PromiseMetricKey)
        /// A saved round: its fields and history, with keys to correct or void it.
        case round(UUID)
        /// A measure or an intervention, with its evaluation.
        case measure(UUID)
        case intervention(UUID)
        /// The follow-up report of the shown period.
        case report
        /// The follow-up of every year up to the shown one, side by side.
        case yearsReport
    }

    public var label: String
    public var labelRole: StyleRole
    public var cells: [RowCell]
    /// What Enter opens; nil for a heading, which the selection skips.
    public var target: Target?

    public init(label: String, labelRole: StyleRole = .normal, cells: [RowCell] = [], target: Target? = nil) {
        self.label = TextWidth.sanitize(label)
        self.labelRole = labelRole
        self.cells = cells
        self.target = target
    }

    public var selectable: Bool { target != nil }
}

/// A metric key that is Sendable and Equatable without exposing Core's enum in a switch.
public typealias PromiseMetricKey = String

/// What a panel shows: a title and rows.
public struct PanelModel: Sendable, Equatable {
    public var title: String
    public var rows: [ListRow]
    /// Shown when there are no rows (for example when a filter matches nothing).
    public var emptyText: String

    public var selectableRows: [ListRow] { rows.filter(\.selectable) }

    /// The panel's width with every label whole: the widest row's label and fixed cells,
    /// a column of margin on each side, the frame.
    public var naturalWidth: Int {
        let widest = rows.map { row in
            TextWidth.width(row.label) + row.cells.filter { !$0.elastic }.reduce(0) { $0 + $1.width + 1 }
        }.max() ?? 0
        return widest + 4
    }
}
