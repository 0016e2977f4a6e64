// The analysis, in Swedish.
extension Swedish {
    static func analysis(_ a: AnalysisText) -> String {
        switch a {
        case .peak(let p, let timed):
            return "oftast \(days(p)) \(Day.pad(p.startHour, 2))–\(Day.pad(p.endHour, 2)) (\(p.count) av \(timed) med klockslag)"
        case .noPeak(let timed):
            return timed < PeakWindow.minimumIncidents ? "för få händelser med klockslag för ett mönster (\(timed))"
                : "inget tydligt mönster i tid (\(timed) med klockslag)"
        case .kind(let k):
            switch k {
            case .persistent: return "ihållande"
            case .emerging: return "ny"
            case .intermittent: return "återkommande"
            case .cooling: return "avtagande"
            }
        case .kindMark(let k):
            switch k {
            case .persistent: return "I"
            case .emerging: return "N"
            case .intermittent: return "Å"
            case .cooling: return "A"
            }
        case .kindLine(let k, let hot, let weeks):
            guard let k else { return "Typ: ingen hot spot just nu (het \(hot) av \(weeks) veckor)" }
            return "Typ: \(analysis(.kind(k))) (het \(hot) av \(weeks) veckor)"
        case .weekdayShort(let d): return ["mån", "tis", "ons", "tor", "fre", "lör", "sön"][d % 7]
        case .matrixTitle: return "När (veckodag × timme)"
        case .when: return "När"
        case .untimed(let n): return "\(n) \(n == 1 ? "händelse" : "händelser") utan klockslag ingår inte"
        case .kindLegend: return "I N Å A  ihållande, ny, återkommande, avtagande"
        case .columnKind: return "Typ"
        case .presenceLine(let p):
            var parts = ["\(p.visits) besök", "\(p.minutes) min" + (p.estimatedVisits > 0 ? " (\(p.estimatedVisits) uppskattade)" : "")]
            parts.append(decimal(p.visitsPerWeek) + "/vecka" + (p.target.map { " (mål \($0))" } ?? ""))
            parts.append("\(p.shortVisits) under \(Dosage.effectiveMinutes) min")
            if p.unknownVisits > 0 { parts.append("\(p.unknownVisits) utan tid") }
            return "Närvaro: " + parts.joined(separator: " · ")
        case .effectiveLabel: return "≥\(Dosage.effectiveMinutes) min"
        case .percent(let share): return "\(Int((share * 100).rounded())) %"
        case .presenceTitle: return "Närvaro på hot spots"
        case .sourcesTitle: return "Rapporter per källa och tertial"
        case .columnSource: return "Källa"
        case .quietSources(let list):
            return "Tysta sedan två veckor (rapporterade förut): " + list.map { text(.incidentSource($0)) }.joined(separator: ", ")
        case .columnVisits: return "Besök"
        case .columnMinutes: return "Minuter"
        case .columnPerWeek: return "Per vecka"
        case .columnAim: return "Mål"
        case .columnShort: return "Under 10 min"
        case .presenceRule:
            return "Besök under \(Dosage.effectiveMinutes) minuter räknas som förbifarter: efter ett stopp på 10–16 minuter återkommer brott och ordningsstörning mer sällan (Kopers kurva). Minuter som inte angetts uppskattas genom att rundans tid delas lika mellan platserna (* = delvis uppskattade)."
        case .kindRule:
            return "Typ: het en vecka när antalet ligger över vad kommunens snitt per plats och vecka förklarar (Poisson, 5 %); ihållande = het ≥ 80 % av veckorna, ny = mest de senaste 20 %, avtagande = inte de senaste 20 %, återkommande = ≥ 10 % i övrigt."
        }
    }

    private static func days(_ p: PeakWindow) -> String {
        let first = analysis(.weekdayShort(p.firstDay))
        return p.days == 1 ? first : first + "–" + analysis(.weekdayShort(p.firstDay + p.days - 1))
    }
}
