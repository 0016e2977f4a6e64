import LagesbildCore

/// Draws the dashboard's current state on a screen: layout first, then header, body and footer.
extension DashboardApp {
    public func render(on screen: Screen) {
        if let meeting {
            meeting.render(on: screen)
            return
        }
        if let map, !mapBehind, mode.isBase {
            followInMap()
            map.render(on: screen)
            hidden = map.hidden
            return
        }
        screen.clear()
        screen.hideCursor()
        let layout = self.layout(rows: screen.rows, cols: screen.cols)
        if case .tooSmall = layout { hidden = true } else { hidden = false }
        switch layout {
        case .tooSmall(let cols, let rows):
            let asking = entry?.form.confirmingCancel ?? false
            TooSmallView.draw(cols: cols, rows: rows, language: language, on: screen,
                              question: asking ? language(.entry(.confirmCancel)) : nil)
        case .dashboard(let frame):
            bodyHeight = frame.body.height
            bodyWidth = frame.body.width
            drawHeader(frame.header, on: screen)
            drawBody(frame, on: screen)
            drawFooter(frame.footer, on: screen)
        }
        // Work beside the view starts once its frame is drawn, so the frame has both cores.
        reportTail?.work.start()
    }

    /// The layout of a frame this size: the hot-spot panel as wide as its names need
    /// (`PanelModel.naturalWidth`), within what the other panels must keep.
    public func layout(rows: Int, cols: Int) -> Layout {
        Layout.compute(rows: rows, cols: cols, hotSpotWidth: panel(.hotSpots)?.naturalWidth ?? 0)
    }

    /// The files that could not be read, for the top of `?`.
    var problemLines: [String] { unreadable.map { TextWidth.sanitize(language.line($0)) } }

    /// Notes in the header: missing data, read-only, active filters.
    var headerNote: String {
        var notes: [String] = []
        // First, so no other note pushes it out: numbers from part of the data.
        if !unreadable.isEmpty { notes.append(language(.partialShort(files: unreadable.count)) + " (?)") }
        if !dataAvailable { notes.append(language(.dashboard(.dataMissing))) }
        if options.readOnly { notes.append("🔒") }
        if let startNote { notes.append(startNote) }
        else if let plan, !plan.hasTargets { notes.append(language(.dashboard(.noPlanShort(year: plan.year)))) }
        var shown: [String] = []
        if let area = filter.focusArea { shown.append(plan?.focusArea(id: area)?.name ?? area) }
        if !filter.name.isEmpty { shown.append("“" + filter.name + "”") }
        if !shown.isEmpty { notes.append(language(.dashboard(.filterShown(shown.joined(separator: ", "))))) }
        return TextWidth.sanitize(notes.joined(separator: " · "))
    }

    private func drawHeader(_ rect: Rect, on screen: Screen) {
        let title = overview()?.headerTitle ?? "Lägesbild"
        HeaderBar.draw(title: TextWidth.sanitize(title), note: headerNote, clock: clock(), in: rect, on: screen)
    }

    private func drawBody(_ frame: DashboardFrame, on screen: Screen) {
        guard overview() != nil else {
            let text = language(.dashboard(dataAvailable ? .noPlan : .dataMissing))
            screen.box(frame.body)
            screen.put(text, row: frame.body.row + 1, col: 2, width: frame.body.width - 4, role: .warning)
            return
        }
        switch mode {
        case .detail(let target, let scroll):
            if let model = detail(target) {
                pageSize = max(1, DetailPanel.draw(model, scroll: scroll, in: frame.body, on: screen, selected: detailSelection))
            } else {
                drawPanels(frame, on: screen)
            }
        case .help(let scroll):
            drawBase(frame, on: screen)
            HelpOverlay.draw(language: language, scroll: scroll, frame: frame, on: screen, problems: problemLines)
        case .entryForm, .resumeOffer, .voidPrompt:
            drawBase(frame, on: screen)
            drawEntryMode(frame, on: screen)
        case .overview, .filter:
            drawPanels(frame, on: screen)
        }
    }

    /// The view under an overlay: the overview or the drill-down it was opened from.
    private func drawBase(_ frame: DashboardFrame, on screen: Screen) {
        if case .detail(let target, let scroll) = baseMode, let model = detail(target) {
            DetailPanel.draw(model, scroll: scroll, in: frame.body, on: screen, selected: detailSelection)
        } else {
            drawPanels(frame, on: screen)
        }
    }

    private func drawPanels(_ frame: DashboardFrame, on screen: Screen) {
        var overlaid = false
        if case .help = mode { overlaid = true }
        for (id, rect) in zip(PanelID.allCases, frame.panels) {
            guard let model = panel(id) else { continue }
            let fits = ListPanel.draw(model, in: rect, on: screen, selected: selectedIndex(id),
                                      focused: !overlaid && focus == id)
            if id == focus { pageSize = max(1, fits) }
        }
    }

    private func drawFooter(_ rect: Rect, on screen: Screen) {
        switch mode {
        case .filter(let editor, _):
            let prompt = language(.dashboard(.filterNamePrompt))
            let promptWidth = TextWidth.width(prompt) + 1
            screen.putPadded(" " + prompt, row: rect.row, col: rect.col, width: rect.width, role: .hint)
            let shown = editor.visible(width: rect.width - promptWidth - 1)
            screen.put(shown.text, row: rect.row, col: rect.col + promptWidth, width: rect.width - promptWidth, role: .input)
            screen.placeCursor(row: rect.row, col: rect.col + promptWidth + shown.cursorColumn)
        case .entryForm, .resumeOffer, .voidPrompt:
            drawEntryFooter(rect, on: screen)
        default:
            if let message { FooterBar.drawMessage(message.text, role: message.role, in: rect, on: screen) }
            else if let actions = footerActions { FooterBar.drawHints(actions: actions, language: language, in: rect, on: screen) }
            else { FooterBar.drawHints(scope: .dashboard, language: language, in: rect, on: screen) }
        }
    }

    /// What the footer offers in a drill-down, or nil for the overview's own hints: each
    /// view names the keys that work there.
    var footerActions: [KeyAction]? {
        guard case .detail(let target, _) = mode else { return nil }
        let tail: [KeyAction] = [.back, .nextPeriod, .help, .quit]
        switch target {
        case .report: return [.saveReport, .saveDocument, .openYearsReport] + tail
        case .yearsReport: return [.saveReport, .back, .help, .quit]
        case .round(let id): return (ledger.rounds[id] == nil ? [] : [.amend, .void]) + [.back, .help, .quit]
        default:
            let lists = detail(target)?.lines.contains { $0.target != nil } ?? false
            return (lists ? [.open] : []) + tail
        }
    }
}
