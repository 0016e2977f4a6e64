import LagesbildCore

/// The key-figures page: three large numbers stacked in bands, each with its caption to
/// the right, and under them the hot spots waiting for a round. The digits grow with
/// the screen, so an office screen far from the desks still reads at a glance.
enum KeyFiguresView {
    /// A caption narrower than this wraps too much to read; the digits shrink first.
    static let minimumCaptionWidth = 20
    static let bandGap = 1
    /// Rows kept under the bands for the list of hot spots waiting for a round.
    static let listRows = 2

    /// The largest pixel size at which all figures fit: wide pixels (2:1) first, because
    /// terminal cells are tall; plain 1:1 pixels last.
    static func scale(for values: [String], in rect: Rect) -> (x: Int, y: Int)? {
        let candidates = stride(from: 4, through: 1, by: -1).map { (x: 2 * $0, y: $0) } + [(x: 1, y: 1)]
        for c in candidates {
            let height = values.count * BlockDigits.height(scaleY: c.y) + (values.count - 1) * bandGap + listRows
            let digits = values.map { BlockDigits.width($0, scaleX: c.x) }.max() ?? 0
            if height <= rect.height && 2 + digits + 3 + minimumCaptionWidth <= rect.width { return c }
        }
        return nil
    }

    static func draw(_ presenter: WallPresenter, in rect: Rect, on screen: Screen) {
        let figures = presenter.keyFigures
        let values = figures.map(\.value)
        guard values.allSatisfy(BlockDigits.canDraw), let scale = scale(for: values, in: rect) else {
            drawPlain(figures, in: rect, on: screen)
            return
        }
        let bandHeight = BlockDigits.height(scaleY: scale.y)
        let digitsWidth = values.map { BlockDigits.width($0, scaleX: scale.x) }.max() ?? 0
        let used = figures.count * bandHeight + (figures.count - 1) * bandGap + listRows
        var row = rect.row + max(0, (rect.height - used) / 2)
        let captionCol = rect.col + 2 + digitsWidth + 3
        let captionWidth = rect.right - captionCol - 1
        for figure in figures {
            // Right-aligned, so the numbers line up like a column of figures.
            let col = rect.col + 2 + digitsWidth - BlockDigits.width(figure.value, scaleX: scale.x)
            BlockDigits.draw(figure.value, row: row, col: col, scaleX: scale.x, scaleY: scale.y, role: figure.role, on: screen)
            let caption = TextWrap.lines(figure.caption, width: captionWidth).prefix(bandHeight)
            let captionRow = row + (bandHeight - caption.count) / 2
            for (offset, line) in caption.enumerated() {
                screen.put(line, row: captionRow + offset, col: captionCol, width: captionWidth, role: .title)
            }
            row += bandHeight + bandGap
        }
        drawWaitingList(presenter, from: row, in: rect, on: screen)
    }

    /// `Väntar på runda: Resecentrum, Torget, …` on the rows left under the bands.
    private static func drawWaitingList(_ presenter: WallPresenter, from row: Int, in rect: Rect, on screen: Screen) {
        let names = presenter.overdueSpotNames
        guard !names.isEmpty, row < rect.bottom else { return }
        let text = presenter.language(.wall(.figureOverdueList(names.joined(separator: ", "))))
        var lines = TextWrap.lines(text, width: rect.width - 4)
        let room = max(1, rect.bottom - row)
        if lines.count > room {
            lines = Array(lines.prefix(room))
            lines[room - 1] = TextWidth.truncate(lines[room - 1] + " …", to: rect.width - 4)
        }
        for (offset, line) in lines.enumerated() {
            screen.put(line, row: row + offset, col: rect.col + 2, width: rect.width - 4, role: .warning)
        }
    }

    /// When even the smallest digits do not fit: the figures as plain lines.
    private static func drawPlain(_ figures: [KeyFigure], in rect: Rect, on screen: Screen) {
        for (offset, figure) in figures.enumerated() where offset * 2 < rect.height {
            screen.put(figure.value, row: rect.row + offset * 2, col: rect.col + 2, width: rect.width - 4, role: figure.role)
            screen.put(figure.caption, row: rect.row + offset * 2, col: rect.col + 4 + TextWidth.width(figure.value),
                       width: max(0, rect.width - 6 - TextWidth.width(figure.value)), role: .title)
        }
    }
}
