import LagesbildCore

/// The `?` overlay: every binding of the key table, the overview's keys in one column
/// and the forms' keys and questions in the other. Where the two columns would not fit
/// side by side without cutting a label (80 columns), everything goes in one column. When
/// the lines are taller than the screen, ↓ and ↑ scroll and a mark says more follows.
public enum HelpOverlay {
    /// The lines of one scope: a heading, then `keys  label` per binding.
    public static func column(_ scope: KeyScope, language: Language) -> [DetailLine] {
        let heading: DashboardText
        switch scope {
        case .dashboard: heading = .helpSectionDashboard
        case .form: heading = .helpSectionForm
        case .prompt: heading = .helpSectionPrompt
        case .meeting: heading = .meeting(.helpSection)
        case .map: heading = .geo(.helpSection)
        case .area: heading = .area(.helpSection)
        }
        let bindings = KeyMap.bindings(in: scope)
        let keyWidth = bindings.map { TextWidth.width($0.keyLabel) }.max() ?? 0
        return [DetailLine(language(.dashboard(heading)), role: .title)]
            + bindings.map { DetailLine(TextWidth.pad($0.keyLabel, to: keyWidth) + "  " + language(.dashboard($0.label))) }
    }

    /// One scope's keys in a framed box over the middle of the body, closed by any key: the
    /// meeting's, the map's and the area view's `?`.
    public static func drawScope(_ scope: KeyScope, language: Language, frame: DashboardFrame, on screen: Screen) {
        let lines = column(scope, language: language) + [DetailLine(language(.dashboard(.helpClose)), role: .dim)]
        let width = (lines.map { TextWidth.width($0.text) }.max() ?? 20) + 4
        let rect = frame.overlay(width: width, height: lines.count + 2)
        screen.fill(rect)
        screen.box(rect, title: language(.dashboard(.helpTitle)), role: .focusedFrame, titleRole: .focusedFrame)
        for (offset, line) in lines.prefix(rect.inner.height).enumerated() {
            screen.put(line.text, row: rect.inner.row + offset, col: rect.inner.col + 1, width: rect.inner.width - 2, role: line.role)
        }
    }

    /// What the marks on the panels mean, each in one line (README has the rules and sources).
    public static func legend(language: Language) -> [DetailLine] {
        [DetailLine(language(.dashboard(.helpSectionMarks)), role: .title)]
            + [DashboardText.legendTrend, .legendUnclear, .legendOverdue, .legendAdded].map { DetailLine(language(.dashboard($0))) }
            + [DetailLine(language(.analysis(.kindLegend)))]
    }

    /// Every column, for a test or a narrow fallback: every binding appears once.
    public static func lines(language: Language) -> [DetailLine] {
        column(.dashboard, language: language) + legend(language: language) + column(.form, language: language)
            + column(.prompt, language: language) + column(.meeting, language: language) + column(.map, language: language)
            + column(.area, language: language)
    }

    static func columns(language: Language, problems: [String] = []) -> (left: [DetailLine], right: [DetailLine]) {
        // Files the picture lacks come first: they change what every number means.
        let warning = problems.isEmpty ? [] : [DetailLine(language(.partialPicture(files: problems.count)), role: .error)]
            + problems.map { DetailLine($0, role: .error) } + [DetailLine("")]
        let left = warning + column(.dashboard, language: language) + [DetailLine("")] + legend(language: language)
        let right = column(.form, language: language) + column(.prompt, language: language) + column(.meeting, language: language)
            + column(.map, language: language) + column(.area, language: language) + [DetailLine(language(.dashboard(.helpClose)), role: .dim)]
        return (left, right)
    }

    /// The two columns, or one when they would not fit side by side in `width` cells.
    static func arranged(language: Language, width: Int, problems: [String] = []) -> (left: [DetailLine], right: [DetailLine]) {
        let (left, right) = columns(language: language, problems: problems)
        if widthOf(left) + widthOf(right) + 7 <= width { return (left, right) }
        return (left + [DetailLine("")] + right, [])
    }

    static func widthOf(_ lines: [DetailLine]) -> Int { lines.map { TextWidth.width($0.text) }.max() ?? 0 }

    /// The furthest the overlay scrolls at a screen size.
    public static func maxScroll(language: Language, bodyHeight: Int, bodyWidth: Int, problems: [String] = []) -> Int {
        let (left, right) = arranged(language: language, width: bodyWidth - 2, problems: problems)
        return max(0, max(left.count, right.count) - (bodyHeight - 2))
    }

    public static func draw(language: Language, scroll: Int, frame: DashboardFrame, on screen: Screen, problems: [String] = []) {
        let (left, right) = arranged(language: language, width: frame.body.width - 2, problems: problems)
        let leftWidth = widthOf(left)
        let rightWidth = right.isEmpty ? -3 : widthOf(right)
        let rect = frame.overlay(width: leftWidth + rightWidth + 7, height: max(left.count, right.count) + 2)
        screen.fill(rect)
        let inner = rect.inner
        let limit = maxScroll(language: language, bodyHeight: frame.body.height, bodyWidth: frame.body.width, problems: problems)
        let scroll = min(max(0, scroll), limit)
        let more = scroll < limit
        screen.box(rect, title: language(.dashboard(.helpTitle)) + (scroll > 0 ? " ↑" : "") + (more ? " ↓" : ""),
                   role: .focusedFrame, titleRole: .focusedFrame)
        let rightCol = inner.col + 1 + leftWidth + 3
        for (offset, line) in left.dropFirst(scroll).prefix(inner.height).enumerated() {
            screen.put(line.text, row: inner.row + offset, col: inner.col + 1, width: inner.width - 2, role: line.role)
        }
        for (offset, line) in right.dropFirst(scroll).prefix(inner.height).enumerated() {
            screen.put(line.text, row: inner.row + offset, col: rightCol, width: inner.right - rightCol - 1, role: line.role)
        }
    }
}
