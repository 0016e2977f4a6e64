/// Fixed-width columns for the plain-text report: one flexible column takes what the
/// others leave of the width, so the same table fits an 80-column terminal and a wider one.
struct TextTable {
    enum Align { case left, right }

    struct Column {
        /// nil for the one flexible column.
        var width: Int?
        var align: Align

        static func text(_ width: Int? = nil) -> Column { Column(width: width, align: .left) }
        static func number(_ width: Int) -> Column { Column(width: width, align: .right) }
    }

    var columns: [Column]
    var indent = 2
    var gap = 2

    /// The rows padded and cut to fit `width` columns in all.
    func lines(_ rows: [[String]], width: Int) -> [String] {
        let fixed = columns.compactMap(\.width).reduce(0, +) + gap * (columns.count - 1) + indent
        let flexible = max(8, width - fixed)
        return rows.map { row in
            var cells: [String] = []
            for (i, column) in columns.enumerated() {
                let cell = i < row.count ? row[i] : ""
                let w = column.width ?? flexible
                let last = i == columns.count - 1
                switch column.align {
                case .left: cells.append(last && cell.count <= w ? cell : SummaryText.fit(cell, w))
                case .right: cells.append(SummaryText.left(cell.count > w ? SummaryText.fit(cell, w) : cell, w))
                }
            }
            let line = String(repeating: " ", count: indent) + cells.joined(separator: String(repeating: " ", count: gap))
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }
}

/// Word wrapping for the summary sentences.
enum WordWrap {
    static func lines(_ text: String, width: Int, indent: String) -> [String] {
        let room = max(20, width - indent.count)
        var out: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty { line = String(word) }
            else if line.count + 1 + word.count <= room { line += " " + word }
            else { out.append(indent + line); line = String(word) }
        }
        if !line.isEmpty { out.append(indent + line) }
        return out
    }
}
