import Foundation

/// The weekday × hour matrix as seven lines of 24 shaded cells under an hour ruler (the
/// drill-down and the text report): `░▒▓█` by share of the busiest hour, or ` .:+#` for a
/// terminal without UTF-8.
public enum TimeMatrixText {
    public static let unicodeShades = [" ", "░", "▒", "▓", "█"]
    public static let asciiShades = [" ", ".", ":", "+", "#"]

    public static func lines(_ matrix: TimeMatrix, language: Language, unicode: Bool = true) -> [String] {
        let shades = unicode ? unicodeShades : asciiShades
        let bar = unicode ? "│" : "|"
        let names = (0..<7).map { language(.analysis(.weekdayShort($0))) }
        let labelWidth = (names.map(\.count).max() ?? 3) + 2
        var ruler = Array(repeating: Character(" "), count: 24)
        for hour in [0, 6, 12, 18] {
            for (i, c) in String(hour).enumerated() { ruler[hour + i] = c }
        }
        var out = [String(repeating: " ", count: labelWidth) + bar + String(ruler)]
        let largest = matrix.largest
        for day in 0..<7 {
            let cells = (0..<24).map { matrix.shade(weekday: day, hour: $0, shades: shades, largest: largest) }.joined()
            out.append(names[day].padding(toLength: labelWidth, withPad: " ", startingAt: 0) + bar + cells)
        }
        return out
    }
}
