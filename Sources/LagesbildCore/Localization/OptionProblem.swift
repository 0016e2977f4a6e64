/// A command-line option whose value cannot be used, said in the user's language instead
/// of the argument parser's English.
public enum OptionProblem: Sendable, Equatable {
    /// `--period 2023-T5`
    case notAPeriod(option: String, value: String)
    /// The follow-up report takes a tertial or a year, not a week.
    case notATertialOrYear(option: String, value: String)
    /// `--today 2023-13-01`
    case notADate(option: String, value: String)
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
}
