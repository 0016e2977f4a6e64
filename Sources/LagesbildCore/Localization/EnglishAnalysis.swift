// The analysis, in English.
extension English {
    static func analysis(_ a: AnalysisText) -> String {
        switch a {
        case .peak(let p, let timed):
            return "mostly \(days(p)) \(Day.pad(p.startHour, 2))–\(Day.pad(p.endHour, 2)) (\(p.count) of \(timed) with a time)"
        case .noPeak(let timed):
            return timed < PeakWindow.minimumIncidents ? "too few incidents with a time for a pattern (\(timed))"
                : "no clear pattern in time (\(timed) with a time)"
        case .kind(let k):
            switch k {
            case .persistent: return "persistent"
            case .emerging: return "new"
            case .intermittent: return "recurring"
            case .cooling: return "cooling"
            }
        case .kindMark(let k):
            switch k {
            case .persistent: return "P"
            case .emerging: return "N"
            case .intermittent: return "R"
            case .cooling: return "C"
            }
        case .kindLine(let k, let hot, let weeks):
            guard let k else { return "Kind: not a hot spot now (hot \(hot) of \(weeks) weeks)" }
            return "Kind: \(analysis(.kind(k))) (hot \(hot) of \(weeks) weeks)"
        case .weekdayShort(let d): return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d % 7]
        case .matrixTitle: return "When (weekday × hour)"
        case .when: return "When"
        case .untimed(let n): return "\(n) \(n == 1 ? "incident" : "incidents") without a time not included"
        case .kindLegend: return "P N R C  persistent, new, recurring, cooling"
        case .columnKind: return "Kind"
        case .presenceLine(let p):
            var parts = ["\(p.visits) visits", "\(p.minutes) min" + (p.estimatedVisits > 0 ? " (\(p.estimatedVisits) estimated)" : "")]
            parts.append(oneDecimal(p.visitsPerWeek) + "/week" + (p.target.map { " (aim \($0))" } ?? ""))
            parts.append("\(p.shortVisits) under \(Dosage.effectiveMinutes) min")
            if p.unknownVisits > 0 { parts.append("\(p.unknownVisits) without a time") }
            return "Presence: " + parts.joined(separator: " · ")
        case .effectiveLabel: return "≥\(Dosage.effectiveMinutes) min"
        case .percent(let share): return "\(Int((share * 100).rounded())) %"
        case .presenceTitle: return "Presence at hot spots"
        case .sourcesTitle: return "Reports per source and tertial"
        case .columnSource: return "Source"
        case .quietSources(let list):
            return "Quiet for two weeks (reported before): " + list.map { text(.incidentSource($0)) }.joined(separator: ", ")
        case .columnVisits: return "Visits"
        case .columnMinutes: return "Minutes"
        case .columnPerWeek: return "Per week"
        case .columnAim: return "Aim"
        case .columnShort: return "Under 10 min"
        case .presenceRule:
            return "Visits under \(Dosage.effectiveMinutes) minutes count as drive-bys: after a stop of 10–16 minutes crime and disorder return less often (the Koper curve). Minutes not given are estimated by splitting the round's time evenly between its places (* = partly estimated)."
        case .kindRule:
            return "Kind: hot in a week when the count is above what the municipality's mean per place and week explains (Poisson, 5 %); persistent = hot ≥ 80 % of the weeks, new = mostly the latest 20 %, cooling = not the latest 20 %, recurring = ≥ 10 % otherwise."
        }
    }

    /// `1.5`: one decimal with a decimal point.
    private static func oneDecimal(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    private static func days(_ p: PeakWindow) -> String {
        let first = analysis(.weekdayShort(p.firstDay))
        return p.days == 1 ? first : first + "–" + analysis(.weekdayShort(p.firstDay + p.days - 1))
    }
}
