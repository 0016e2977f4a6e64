import LagesbildCore

/// Whether the terminal shows UTF-8, for the drill-down's shades (`TimeMatrixText`).
public enum TimeMatrixLines {
    /// Whether the terminal's locale (LC_ALL, else LC_CTYPE, else LANG) is UTF-8; the program
    /// itself always runs ncursesw in a UTF-8 locale, but the terminal may not show it.
    public static func terminalIsUTF8(environment: [String: String]) -> Bool {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                let v = value.lowercased()
                return v.contains("utf-8") || v.contains("utf8")
            }
        }
        return false
    }
}
