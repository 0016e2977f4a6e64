// Comparisons across years, in English.
extension English {
    static func years(_ y: YearText) -> String {
        switch y {
        case .sameTimeLastYear(let p): return "Compared with the same period a year earlier (\(YearText.columnLabel(p)))"
        case .sameDays(let e, let through, let days):
            return "The period is in progress: compared with the first \(days) \(days == 1 ? "day" : "days") of \(YearText.columnLabel(e)) (\(e.start.iso) – \(through.iso))."
        case .promisesThenNow: return "Promises, a year earlier and now"
        case .activitiesThenNow: return "Rounds and interventions"
        case .incidentsPerArea: return "Incidents per focus area"
        case .incidentsPerSpot: return "Incidents per hot spot"
        case .columnPromise: return "Promise"
        case .columnArea: return "Focus area"
        case .columnHotSpot: return "Hot spot"
        case .columnWhat: return "What"
        case .columnTrend: return "Trend"
        case .columnChange: return "+/−"
        case .column(let p): return YearText.columnLabel(p)
        case .result(let done, let target): return YearText.resultLabel(done: done, target: target)
        case .rounds: return "Safety rounds"
        case .roundsNote: return "A round counts once even when it visits several places."
        case .multiTitle(let m, let first, let last): return "Follow-up of the citizen promises · \(m) · \(first)–\(last)"
        case .multiPromises: return "Promises per year"
        case .multiIncidents: return "Incidents per focus area and year"
        case .multiActivities: return "Rounds and interventions per year"
        case .multiChart: return "Incidents per focus area and year"
        case .multiNoPlan(let year): return "no plan for \(year)"
        case .multiNotePromises: return "Each year against its own target (done/target); – means the year had no such promise."
        case .multiFooter(let day): return "Made by Lägesbild on \(day.iso) from the journals and each year's plan."
        case .yearsOption(let v): return "--years: \"\(v)\" is not a range of years – write for example 2021-2023"
        }
    }
}
