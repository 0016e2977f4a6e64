import LagesbildCore

/// The follow-up report (uppföljning) of the shown period inside the dashboard: `r` opens
/// it as a scrollable drill-down, `Y` there the years side by side, `s` saves either as
/// HTML and Markdown.
extension DashboardApp {
    /// The report of the shown period, with the same period a year earlier beside it: the
    /// one the report view has (or is) completing when it shows these data.
    var shownReport: FollowUpReport? {
        guard let sourcePlans else { return nil }
        if let tail = reportTail, tail.key.data == dataKey, let whole = tail.work.wait()?.report { return whole }
        return FollowUpReport.make(plans: sourcePlans, ledger: ledger, period: period, today: today)
    }

    /// Every year from the first with a plan or a record up to the shown one, at most ten.
    var shownYearsReport: MultiYearReport? {
        guard let sourcePlans, let span = yearSpan else { return nil }
        let last = period.year, first = max(min(span.first, last), last - 9)
        return MultiYearReport.make(plans: sourcePlans, ledger: ledger, first: first, last: last, today: today)
    }

    /// The report view's lines as far as they are worked out (`reportDetail`).
    struct ReportInProgress {
        var key: DetailKey
        var title: String
        var head: [DetailLine]
        var work: BackgroundWork<(report: FollowUpReport, lines: [DetailLine])>
        /// The last whole lines of the same period and width, shown while newer data are
        /// worked out: the view keeps what it showed a moment longer instead of emptying.
        var before: [DetailLine]?
    }

    /// The report of the shown period as drill-down lines, wrapped to the body's width, and
    /// whether they are all there. Its head (what the index counts) is laid out at once; the
    /// rest (when, presence, who reports, effect), which reads the period's records one by
    /// one and at a million events takes several times the head's time, on the other core,
    /// shown in its place once done. Until then one line says it is being worked out.
    func reportDetail(_ key: DetailKey) -> (DetailModel, whole: Bool)? {
        guard let sourcePlans else { return nil }
        let width = max(40, bodyWidth - 4)
        if reportTail?.key != key {
            let previous = reportTail
            previous?.work.cancel()
            let head = FollowUpReport.head(plans: sourcePlans, ledger: ledger, period: period, today: today)
            let headLines = ReportTextRenderer(report: head, language: language).headLines(width: width).map { DetailLine($0) }
            // A width changed on the same data: the report already worked out is laid out again, not counted again.
            let known = previous.flatMap { $0.key.data == key.data ? $0.work.value?.report : nil }
            // Started once the frame with the head is drawn (`render`), so the two never share a core.
            let ledger = self.ledger, language = self.language, today = self.today
            let work = BackgroundWork(on: besideQueue) { cancelled -> (report: FollowUpReport, lines: [DetailLine])? in
                let whole = known ?? head.completed(ledger, plans: sourcePlans, today: today)
                guard !cancelled() else { return nil }
                return (whole, ReportTextRenderer(report: whole, language: language).tailLines(width: width).map { DetailLine($0) })
            }
            let before = previous.flatMap { p in
                p.key.data.period == key.data.period && p.key.width == key.width ? p.work.value.map { p.head + $0.lines } ?? p.before : nil
            }
            reportTail = ReportInProgress(key: key, title: language(.dashboard(.reportTitle(head.period))), head: headLines,
                                          work: work, before: before)
        }
        guard let tail = reportTail else { return nil }
        if let rest = tail.work.value?.lines { return (DetailModel(title: tail.title, lines: tail.head + rest), true) }
        if let before = tail.before { return (DetailModel(title: tail.title, lines: before), false) }
        return (DetailModel(title: tail.title, lines: tail.head + [DetailLine(""), DetailLine(language(.dashboard(.reportCompleting)), role: .dim)]), false)
    }

    /// True while the report on screen (or under the help overlay) was drawn without its
    /// rest: the run loop wakes soon to draw it whole. Asked of what was drawn, not of the
    /// work, so work that ends between the drawing and the question still gets its frame.
    public var isCompletingView: Bool {
        guard meeting == nil, map == nil || mapBehind else { return false }
        let shown: DashboardMode
        switch mode {
        case .detail: shown = mode
        // Drawn over the view they came from, which is drawn first.
        case .help, .entryForm, .resumeOffer, .voidPrompt: shown = baseMode
        case .overview, .filter: return false
        }
        guard case .detail(.report, _) = shown else { return false }
        return detailIsPartial
    }

    /// Waits until the open report is whole (for saving at once, and for tests).
    public func awaitCompletedView() {
        guard case .detail(.report, _) = mode else { return }
        _ = detail(.report)
        _ = reportTail?.work.wait()
    }

    func yearsReportDetail() -> DetailModel? {
        guard let multi = shownYearsReport else { return nil }
        let lines = multi.renderText(language: language, width: max(40, bodyWidth - 4)).split(separator: "\n", omittingEmptySubsequences: false)
        return DetailModel(title: language(.dashboard(.yearsReportTitle(first: multi.years.first!, last: multi.years.last!))),
                           lines: lines.dropFirst().map { DetailLine(String($0)) })
    }

    /// `D` in the report view: *Lägesbild och åtgärdsplan* of the shown period's year, as
    /// `lagesbild document` writes it, saved as HTML and Markdown in `reports/`.
    func saveDocument() {
        guard case .detail(let target, _) = mode, target == .report || target == .yearsReport, let sourcePlans else { return }
        guard let reportWriter, !options.readOnly else {
            message = (language(.dashboard(.readOnly)), .warning)
            return
        }
        var input = LawDocumentInput(plans: sourcePlans, ledger: ledger, year: period.year, today: today)
        if let material = (reportWriter as? DocumentMaterials)?.material(forYear: period.year) {
            if let bad = material.surveyProblems.first {
                message = (language(.document(.surveyRefused(language.line(bad)))), .bad)
                return
            }
            input.add(material)
        }
        input.diagnostics = unreadable
        let document = LawDocumentBuilder(input, language: language).make()
        let name = "lagesbild-och-atgardsplan-\(period.year)"
        do {
            let paths = try reportWriter.writeReport(files: [
                (name + ".html", LawDocumentHTMLRenderer(document: document, language: language).render()),
                (name + ".md", LawDocumentMarkdownRenderer(document: document).render()),
            ])
            message = (language(.dashboard(.reportSaved(PathList.joined(paths)))), .good)
        } catch {
            message = (language(.dashboard(.saveFailed(language.describe(error)))), .bad)
        }
    }

    /// Saves the shown report; says where, or why not.
    func saveShownReport() {
        guard case .detail(let target, _) = mode, target == .report || target == .yearsReport else { return }
        guard let reportWriter, !options.readOnly else {
            message = (language(.dashboard(.readOnly)), .warning)
            return
        }
        let files: [(String, String)]
        if target == .yearsReport, let multi = shownYearsReport {
            let name = "uppfoljning-\(multi.years.first!)-\(multi.years.last!)"
            files = [(name + ".html", multi.renderHTML(language: language)), (name + ".md", multi.renderMarkdown(language: language))]
        } else if let report = shownReport {
            let name = "uppfoljning-\(report.period)"
            files = [(name + ".html", ReportHTMLRenderer(report: report, language: language).render()),
                     (name + ".md", ReportMarkdownRenderer(report: report, language: language).render())]
        } else { return }
        do {
            let paths = try reportWriter.writeReport(files: files)
            message = (language(.dashboard(.reportSaved(PathList.joined(paths)))), .good)
        } catch {
            message = (language(.dashboard(.saveFailed(language.describe(error)))), .bad)
        }
    }
}
