/// Draws a drill-down view in a frame, scrolled by `scroll` lines.
public enum DetailPanel {
    /// Returns the number of lines that fit, for paging and clamping the scroll.
    @discardableResult
    /// `selected` is the index of a line with a target (a round), marked with `▸` and highlighted.
    public static func draw(_ model: DetailModel, scroll: Int, in rect: Rect, on screen: Screen, selected: Int? = nil) -> Int {
        screen.box(rect, title: model.title, role: .focusedFrame, titleRole: .focusedFrame)
        let inner = rect.inner
        for (offset, line) in model.lines.dropFirst(max(0, scroll)).prefix(inner.height).enumerated() {
            if max(0, scroll) + offset == selected {
                screen.putPadded("▸" + line.text.dropFirst(), row: inner.row + offset, col: inner.col + 1,
                                 width: inner.width - 2, role: .selected)
                continue
            }
            screen.put(line.text, row: inner.row + offset, col: inner.col + 1, width: inner.width - 2, role: line.role)
        }
        return inner.height
    }
}
