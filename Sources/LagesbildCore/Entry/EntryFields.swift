/// What was typed into an entry form (or given on the command line), field by field,
/// before it is turned into a record. Kept as typed so that a draft restores exactly
/// what the officer wrote, valid or not.
public struct EntryFields: Sendable, Equatable, Codable {
    /// Free text and the text of date, time and number fields, by field key.
    public var texts: [String: String]
    /// Chosen option ids of pickers and checklists, by field key, in the order chosen.
    public var choices: [String: [String]]

    public init(texts: [String: String] = [:], choices: [String: [String]] = [:]) {
        self.texts = texts
        self.choices = choices
    }

    public func text(_ key: String) -> String { texts[key] ?? "" }
    public func chosen(_ key: String) -> [String] { choices[key] ?? [] }
}

/// The field keys of the entry forms. They match the names Core's `Validator` reports,
/// so a problem lands beside the field it is about.
public enum EntryKey {
    public static let date = "date"
    public static let start = "start"
    public static let end = "end"
    public static let time = "time"
    public static let hotSpots = "hotspots"
    public static let hotSpot = "hotspot"
    public static let participants = "participants"
    public static let observations = "observations"
    public static let notes = "notes"
    public static let contacts = "contacts"
    public static let interventions = "interventions"
    public static let followUps = "followups"
    /// A round's minutes per hot spot, `15 10`.
    public static let minutes = "minutes"
    public static let kind = "kind"
    public static let place = "place"
    /// An incident's position as typed: `57.498 14.147` (WGS 84) or `6373144 448877` (SWEREF 99 TM).
    public static let position = "position"
    public static let organisation = "organisation"
    public static let results = "results"
    public static let category = "category"
    public static let source = "source"
    public static let text = "text"
    public static let what = "what"
    public static let responsible = "responsible"
    public static let due = "due"
    public static let decided = "decided"
    public static let status = "status"
}
