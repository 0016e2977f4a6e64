/// Small text graphics: progress bars and weekly sparklines.
public enum Bars {
    /// `▓▓▓░░`: done against target in `width` cells. Any work at all shows at least one
    /// filled cell, and only a reached target fills them all, so the bar never rounds
    /// "almost" into "done".
    public static func progress(done: Int, target: Int, width: Int = 5) -> String {
        guard width > 0 else { return "" }
        let filled: Int
        if target <= 0 { filled = width }
        else if done >= target { filled = width }
        else if done <= 0 { filled = 0 }
        else { filled = min(width - 1, max(1, Int((Double(done) / Double(target) * Double(width)).rounded()))) }
        return String(repeating: "▓", count: filled) + String(repeating: "░", count: width - filled)
    }

    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One cell per week, scaled to the largest value; a week with nothing shows `·`.
    public static func sparkline(_ values: [Int]) -> String {
        let top = values.max() ?? 0
        return String(values.map { v -> Character in
            guard v > 0, top > 0 else { return "·" }
            let i = Int((Double(v) / Double(top) * Double(levels.count - 1)).rounded(.up))
            return levels[min(levels.count - 1, max(0, i))]
        })
    }
}
