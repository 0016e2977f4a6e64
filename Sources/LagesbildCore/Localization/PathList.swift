/// Paths in a message, short enough for a footer: files that differ only in their
/// extension are named once, `minutes/vecka-47-2023.md, .html`.
public enum PathList {
    public static func joined(_ paths: [String]) -> String {
        var out: [String] = []
        var previousStem: String?
        for path in paths {
            let stem = Self.stem(path)
            if let previousStem, stem == previousStem, stem != path {
                out.append(String(path.dropFirst(stem.count)))
            } else {
                out.append(path)
            }
            previousStem = stem
        }
        return out.joined(separator: ", ")
    }

    /// The path without its extension; the whole path when it has none.
    private static func stem(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path }
        return String(path[..<dot])
    }
}
