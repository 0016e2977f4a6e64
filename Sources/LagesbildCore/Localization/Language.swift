import Foundation

/// The language everything a user reads is written in: Swedish first, English second.
/// Each language has one table (`Swedish.swift`, `English.swift`): a `switch` over every
/// `Text`, so the compiler refuses a text missing from either.
public enum Language: String, Sendable, CaseIterable {
    case sv, en

    /// `--lang` wins; otherwise an English LANG/LC_ALL/LC_MESSAGES picks English; Swedish by default.
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        if let flag, let lang = Language(rawValue: flag.lowercased().prefix(2).description) { return lang }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .sv
            }
        }
        return .sv
    }

    public func callAsFunction(_ text: Text) -> String {
        switch self {
        case .sv: return Swedish.text(text)
        case .en: return English.text(text)
        }
    }

    /// A diagnostic as one line: `file:line: fel: what is wrong`.
    public func line(_ d: Diagnostic) -> String {
        let tag = self(d.severity == .error ? .severityError : .severityWarning)
        return "\(d.location): \(tag): \(self(.diagnostic(d.problem)))"
    }

    /// An error as a user should read it: a store's write failure in words, anything else as it describes itself.
    public func describe(_ error: Error) -> String {
        if let failure = (error as? WriteFailureDescribing)?.writeFailure { return self(.writeFailure(failure)) }
        return String(describing: error)
    }

    /// Abbreviated month name, 1-based.
    public func monthShort(_ month: Int) -> String { self(.monthShort(month)) }
}
