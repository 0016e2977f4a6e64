import Foundation

/// One option of a picker or a checklist: a stable id (written to the journal) and the
/// words a person reads and types to find it.
public struct Choice: Sendable, Equatable {
    public var id: String
    public var label: String
    /// A second line of words that type-ahead also searches, such as a hot spot's locality.
    public var detail: String

    public init(id: String, label: String, detail: String = "") {
        self.id = id
        self.label = label
        self.detail = detail
    }

    /// Options matching a query, best first: the label starting with it, then a word of the
    /// label or detail starting with it, then containing it anywhere. Case and accents are
    /// ignored so `hjortsjo` finds Hjortsjöskolan on a keyboard without å ä ö.
    public static func matches(_ options: [Choice], query: String) -> [Choice] {
        let q = fold(query.trimmingCharacters(in: .whitespaces))
        guard !q.isEmpty else { return options }
        var ranked: [(rank: Int, index: Int)] = []
        for (i, option) in options.enumerated() {
            let label = fold(option.label), all = label + " " + fold(option.detail)
            let words = all.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            if label.hasPrefix(q) { ranked.append((0, i)) }
            else if words.contains(where: { $0.hasPrefix(q) }) { ranked.append((1, i)) }
            else if all.contains(q) || fold(option.id).contains(q) { ranked.append((2, i)) }
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map { options[$0.index] }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

/// How a field is edited.
public enum FieldControl: Sendable, Equatable {
    /// A line of text (also dates, times and numbers, kept as typed).
    case text
    /// Options found by type-ahead; `multiple` keeps several, otherwise a choice replaces the last.
    case picker(options: [Choice], multiple: Bool)
    /// Options ticked with their digit or Space; ← → move between them.
    case checklist(options: [Choice])
    /// A line editor whose Enter adds the line to a list of items (follow-ups).
    case list
}

/// The open picker of a field: the type-ahead query and the highlighted match.
public struct PickerState: Sendable, Equatable {
    public var query = LineEditor()
    public var highlight = 0
    /// True once the highlight was moved with the arrows: Enter then takes what was pointed at.
    public var moved = false

    public init(query: String = "") { self.query = LineEditor(query) }
}
