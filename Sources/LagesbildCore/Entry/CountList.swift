import Foundation

/// Counts per name written as `polis=2,kommun=1` (the command line) or as the short
/// `p2 k1` an officer types in the form. Names may be cut to any unambiguous prefix;
/// a name without a number counts one.
public enum CountList {
    public enum Problem: Error, Sendable, Equatable, Hashable {
        case unknownName(String)
        case ambiguousName(String)
        case notANumber(String)
    }

    /// Parses against a fixed vocabulary: `names` maps every accepted spelling (raw value,
    /// Swedish word, English word) to the key it stands for.
    public static func parse(_ text: String, names: [(spelling: String, key: String)]) -> Result<[(key: String, count: Int)], Problem> {
        var out: [(String, Int)] = []
        for token in tokens(text) {
            let (name, number) = split(token)
            guard let count = number.isEmpty ? 1 : Int(number) else { return .failure(.notANumber(token)) }
            let lowered = name.lowercased()
            guard !lowered.isEmpty else { return .failure(.unknownName(token)) }
            let exact = Set(names.filter { $0.spelling.lowercased() == lowered }.map(\.key))
            let prefixed = Set(names.filter { $0.spelling.lowercased().hasPrefix(lowered) }.map(\.key))
            let keys = exact.count == 1 ? exact : prefixed
            guard let key = keys.first else { return .failure(.unknownName(name)) }
            guard keys.count == 1 else { return .failure(.ambiguousName(name)) }
            if let i = out.firstIndex(where: { $0.0 == key }) { out[i].1 += count } else { out.append((key, count)) }
        }
        return .success(out)
    }

    /// Parses free names (result counts of an intervention: `kontroller=40 rapporter=3`).
    public static func parseFree(_ text: String) -> Result<[(key: String, count: Int)], Problem> {
        var out: [(String, Int)] = []
        for token in tokens(text) {
            let (name, number) = split(token)
            guard !name.isEmpty else { return .failure(.unknownName(token)) }
            guard let count = number.isEmpty ? 1 : Int(number) else { return .failure(.notANumber(token)) }
            out.append((name.lowercased(), count))
        }
        return .success(out)
    }

    /// `polis=2, kommun=1` back from counts, in the order given.
    public static func format(_ counts: [(key: String, count: Int)]) -> String {
        counts.map { "\($0.key)=\($0.count)" }.joined(separator: ",")
    }

    private static func tokens(_ text: String) -> [String] {
        // `polis = 2` is one pair: spaces around `=` or `:` are dropped before splitting.
        var joined = text
        for sep in ["=", ":"] {
            while joined.contains(" \(sep)") { joined = joined.replacingOccurrences(of: " \(sep)", with: sep) }
            while joined.contains("\(sep) ") { joined = joined.replacingOccurrences(of: "\(sep) ", with: sep) }
        }
        // `polis 2` is one pair too: a bare number joins the name before it.
        var out: [String] = []
        for part in joined.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map(String.init) {
            if part.allSatisfy(\.isNumber), let last = out.last, !last.contains(where: { $0.isNumber }) {
                out[out.count - 1] = last + part
            } else {
                out.append(part)
            }
        }
        return out
    }

    /// `polis=2` → ("polis", "2"); `p2` → ("p", "2"); `polis` → ("polis", "").
    private static func split(_ token: String) -> (String, String) {
        if let i = token.firstIndex(where: { $0 == "=" || $0 == ":" }) {
            return (String(token[..<i]), String(token[token.index(after: i)...]))
        }
        let name = token.prefix { !$0.isNumber && $0 != "-" }
        return (String(name), String(token.dropFirst(name.count)))
    }
}
