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
        case .kindRule:
            return "Typ: het en vecka när antalet ligger över vad kommunens snitt per plats och vecka förklarar (Poisson, 5 %); ihållande = het ≥ 80 % av veckorna, ny = mest de senaste 20 %, avtagande = inte de senaste 20 %, återkommande = ≥ 10 % i övrigt."
        }
    }

    private static func days(_ p: PeakWindow) -> String {
        let first = analysis(.weekdayShort(p.firstDay))
        return p.days == 1 ? first : first + "–" + analysis(.weekdayShort(p.firstDay + p.days - 1))
    }
}
