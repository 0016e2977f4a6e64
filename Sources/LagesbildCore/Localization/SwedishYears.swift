// Comparisons across years, in Swedish.
extension Swedish {
    static func years(_ y: YearText) -> String {
        switch y {
        case .sameTimeLastYear(let p): return "Jämfört med samma period året före (\(YearText.columnLabel(p)))"
        case .sameDays(let e, let through, let days):
            return "Perioden pågår: jämförs med de första \(days) \(days == 1 ? "dagen" : "dagarna") av \(YearText.columnLabel(e)) (\(e.start.iso) – \(through.iso))."
        case .promisesThenNow: return "Löften, året före och nu"
        case .activitiesThenNow: return "Rundor och insatser"
        case .incidentsPerArea: return "Händelser per fokusområde"
        case .incidentsPerSpot: return "Händelser per hot spot"
        case .columnPromise: return "Löfte"
        case .columnArea: return "Fokusområde"
        case .columnHotSpot: return "Hot spot"
        case .columnWhat: return "Vad"
        case .columnTrend: return "Trend"
        case .columnChange: return "+/−"
        case .column(let p): return YearText.columnLabel(p)
        case .result(let done, let target): return YearText.resultLabel(done: done, target: target)
        case .rounds: return "Trygghetsrundor"
        case .roundsNote: return "En runda räknas en gång även när den besöker flera platser."
        case .multiTitle(let m, let first, let last): return "Uppföljning av medborgarlöften · \(m) · \(first)–\(last)"
        case .multiPromises: return "Löften per år"
        case .multiIncidents: return "Händelser per fokusområde och år"
        case .multiActivities: return "Rundor och insatser per år"
        case .multiChart: return "Händelser per fokusområde och år"
        case .multiNoPlan(let year): return "ingen plan för \(year)"
        case .multiNotePromises: return "Varje år mot sitt eget mål (gjort/mål); – betyder att året inte hade löftet."
        case .multiFooter(let day): return "Skapad ur Lägesbild \(day.iso) ur journalerna och årens planer."
        case .yearsOption(let v): return "--years: \"\(v)\" är inget årsintervall – skriv till exempel 2021-2023"
        }
    }
}
