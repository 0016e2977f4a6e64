import LagesbildCore

/// The follow-up report (uppföljning) of the shown period inside the dashboard: `r` opens
/// it as a scrollable drill-down, `s` there saves it as HTML and Markdown.
extension DashboardApp {
    /// The report of the shown period as drill-down lines, wrapped to the body's width.
    func reportDetail() -> DetailModel? {
        guard let plan else { return nil }
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: period, today: today)
        let lines = ReportTextRenderer(report: report, language: language).lines(width: max(40, bodyWidth - 4))
        return DetailModel(title: language(.dashboard(.reportTitle(report.period))),
                           lines: lines.map { DetailLine($0) })
    }

    /// Saves the shown report; says where, or why not.
    func saveShownReport() {
        guard case .detail(.report, _) = mode, let plan else { return }
        guard let reportWriter, !options.readOnly else {
            message = (language(.dashboard(.readOnly)), .warning)
            return
        }
        let report = FollowUpReport.make(plan: plan, ledger: ledger, period: period, today: today)
        let name = "uppfoljning-\(report.period)"
        do {
            let paths = try reportWriter.writeReport(files: [
                (name + ".html", ReportHTMLRenderer(report: report, language: language).render()),
                (name + ".md", ReportMarkdownRenderer(report: report, language: language).render()),
            ])
            message = (language(.dashboard(.reportSaved(PathList.joined(paths)))), .good)
        } catch {
            message = (language(.dashboard(.saveFailed(language.describe(error)))), .bad)
        }
    }
}
