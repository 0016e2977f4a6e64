import LagesbildCore

/// Moving through the years: ← and → cross year boundaries as far as there is a plan or a
/// record, `t` and `--period` go anywhere (`PlanBook`, `YearSpan`).
extension DashboardApp {
    /// The years ← and → move through: from the first to the last that has a plan or a record.
    var yearSpan: YearSpan? {
        YearSpan(book: sourcePlans ?? PlanBook([]), recordYears: ledger.index.recordYears)
    }

    /// Shows `wanted` when a plan or a record lies in its year or beyond it in both
    /// directions; past the first or last such year the period stays, saying so. `jump`
    /// (`t`, `--period`) goes anywhere: today may lie in a year nothing covers yet.
    func show(_ wanted: Period, jump: Bool = false) {
        guard !jump, let span = yearSpan, !span.contains(wanted) else { period = wanted; return }
        // Moving back from outside the span (after `t`) enters it at its nearest end.
        let inside = span.contains(period)
        if !inside { period = span.clamp(wanted); return }
        let text: DashboardText = wanted.year < span.first ? .noDataBefore(year: span.first) : .noDataAfter(year: span.last)
        message = (language(.dashboard(text)), .warning)
    }
}
