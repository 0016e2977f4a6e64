/// A problem found while reading the data folder, with the file and line it was found at.
public struct Diagnostic: Sendable, Equatable, Error {
    public enum Severity: String, Sendable, Equatable { case error, warning }

    public var severity: Severity
    /// The path as the user gave it, relative to the data folder where possible.
    public var file: String
    /// 1-based line number, when the problem has one.
    public var line: Int?
    public var problem: DiagnosticProblem

    public init(_ severity: Severity, file: String, line: Int? = nil, _ problem: DiagnosticProblem) {
        self.severity = severity
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// `journal/anna@host.jsonl:12`
    public var location: String { line.map { "\(file):\($0)" } ?? file }
}

/// What a diagnostic is about; rendered to words by the language tables.
public enum DiagnosticProblem: Sendable, Equatable {
    /// The last line has no newline: an append that did not finish. It is skipped.
    case tornLastLine
    /// A line cut off by a crash mid-write, after which a later append went on on a line of
    /// its own (the appender starts a new line when it finds a torn tail). It is skipped.
    case tornLine
    /// The line is not JSON at all.
    case notJSON(String)
    /// The line is JSON but not a valid event.
    case badEvent([FieldProblem])
    /// The plan file cannot be parsed.
    case planSyntax(String)
    /// The plan file parses but its content is wrong.
    case plan(PlanProblem)
    /// A record breaks a rule of the domain.
    case record(ValidationProblem)
    /// Amend or void of a record that was never recorded, or the same record twice.
    case replay(ReplayWarning)
    /// A file or folder cannot be read.
    case unreadable(String)
    /// The data folder does not exist.
    case missingFolder
    /// Records dated in a year that has no plan file.
    case noPlanForRecords(year: Int, records: Int)
    /// A sync tool's conflict copy of a journal (`*.sync-conflict-*`, `(conflicted copy)`):
    /// read, its events counted once by their ids, but worth resolving.
    case conflictCopy
    /// The plan's boundary file cannot be used; `file` names it when the diagnostic is
    /// located at the plan's `boundary:` line rather than in the file itself.
    case outline(file: String?, OutlineProblem)
    /// A row of a survey file (`surveys/*.csv`) that cannot be read.
    case survey(SurveyProblem)
}

/// A problem with the plan's content.
public enum PlanProblem: Sendable, Equatable {
    case unknownFocusArea(owner: String, focusArea: String)
    case duplicateID(String)
    case badMetric(promise: String, metric: String)
    case negativeTarget(promise: String)
    case emptyName(String)
    /// A key of the plan file is missing or holds the wrong kind of value.
    case field(FieldProblem)
    /// `plans/2024.yaml` says `year: 2023`: the file name and the plan disagree.
    case fileYearMismatch(fileYear: Int, planYear: Int)
    /// A second plan for a year another file already plans; the other file is kept.
    case duplicateYear(year: Int, keptFile: String)
    /// A file in `plans/` that is not named `YYYY.yaml`.
    case unexpectedPlanFile
}

extension Diagnostic {
    /// A file (a journal, a plan) that could not be read at all: the picture lacks it.
    public var isUnreadable: Bool {
        switch problem {
        case .unreadable: return true
        // A boundary file the plan names but nobody may read: the map lacks it.
        case .outline(_, .unreadable): return true
        default: return false
        }
    }
}

extension Array where Element == Diagnostic {
    /// The files that could not be read: wherever numbers are shown, they are named.
    public var unreadable: [Diagnostic] { filter(\.isUnreadable) }
}
