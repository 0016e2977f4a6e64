import LagesbildCore

/// What the screen shows while the data folder is read at start: a blank terminal for the
/// seconds a first read of a large folder takes would look like a hang.
public enum LoadingView {
    /// Journals smaller than this are read before anyone could read the percentage.
    static let progressShownFromBytes = 4 << 20

    public static func draw(_ progress: LoadProgress?, language: Language, on screen: Screen) {
        screen.clear()
        let cols = screen.cols
        var lines: [(String, StyleRole)] = [(language(.dashboard(.loading)), .title)]
        if let progress, progress.bytesTotal >= progressShownFromBytes {
            lines.append(("", .normal))
            lines.append((language(.dashboard(.loadingJournals(percent: progress.percent, readMB: progress.bytesRead >> 20,
                                                               totalMB: progress.bytesTotal >> 20))), .normal))
            let width = max(4, min(40, cols - 4))
            let filled = width * progress.percent / 100
            lines.append((String(repeating: "▓", count: filled) + String(repeating: "░", count: width - filled), .good))
        }
        let top = max(0, (screen.rows - lines.count) / 2)
        for (i, (text, role)) in lines.enumerated() where top + i < screen.rows {
            let shown = TextWidth.truncate(text, to: max(1, cols - 2))
            screen.put(shown, row: top + i, col: max(0, (cols - TextWidth.width(shown)) / 2), width: cols, role: role)
        }
    }
}
