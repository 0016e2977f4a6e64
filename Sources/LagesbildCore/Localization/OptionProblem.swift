/// A command-line option whose value cannot be used, said in the user's language instead
/// of the argument parser's English.
public enum OptionProblem: Sendable, Equatable {
    /// `--period 2023-T5`
    case notAPeriod(option: String, value: String)
    /// The follow-up report takes a tertial or a year, not a week.
    case notATertialOrYear(option: String, value: String)
    /// `--period 2024-T1` with a plan for 2023: the plan's targets are its own year's, so
    /// `summary` and `report` show no other year (the dashboard moves to the plan's year).
    /// `--today 2023-13-01`
    case notADate(option: String, value: String)
    case notAYear(option: String, value: String)
    case unknownHotSpot(option: String, value: String)
    case unknownRecord(option: String, value: String)
    case atLeast(option: String, minimum: Int)
    case aboveZero(option: String)
    case unknownPage(value: String, known: [String])
    /// `--kind` names no kind of record that is exchanged as CSV.
    case unknownKind(value: String)
    case noCSVFile
    case incidentsTakeOneFile
    case mapOnlyForIncidents
    /// `--map date` without `=Kolumn`.
    case mapMalformed(String)
    case mapUnknownField(String, known: [String])
    /// A value outside an option's fixed set (`--format pdf`, `--lang de`).
    case unknownChoice(option: String, value: String, known: [String])
}
