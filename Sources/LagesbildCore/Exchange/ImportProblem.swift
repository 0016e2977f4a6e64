import Foundation

/// What is wrong with a CSV file or one of its rows, reported as `file:line: …` by
/// `lagesbild import`. The words come from the language tables.
public enum ImportProblem: Sendable, Equatable {
    /// The file cannot be read.
    case unreadable(String)
    /// The bytes are not UTF-8.
    case notUTF8
    /// No header row.
    case empty
    /// The header names no record kind; `--kind` picks one.
    case unknownKind
    case missingColumn(String)
    case unknownColumn(String)
    case columnCount(expected: Int, found: Int)
    /// A cell that is not what its column holds; the column is the field name.
    case field(FieldProblem)
    /// A record that breaks a rule of the domain.
    case validation(ValidationProblem)
    /// The id is already in the journal with other content: import never overwrites.
    case conflict(UUID)
    /// The id belongs to a record that was voided: importing it would bring it back.
    case voided(UUID)
    /// The same id on an earlier line of the file with other content.
    case duplicateInFile(UUID, firstLine: Int)
}
