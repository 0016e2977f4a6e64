// The evaluation of measures, in Swedish.
extension Swedish {
    static func effect(_ e: EffectText) -> String {
        switch e {
        case .heading: return "Effekt"
        case .subjectMeasure(let what, let who): return "åtgärd: \(what) (\(who))"
        case .subjectIntervention(let kind): return "insats: \(text(.interventionKind(kind)))"
        case .windows(let w, let bf, let bt, let af, let at, let all):
            return "\(w) veckor före (\(bf.iso) – \(bt.iso)) och efter (\(af.iso) – \(at.iso)), " + (all ? "alla händelser" : "händelser av insatsens slag")
        case .treatedCounts(let t0, let t1): return "Platsen: \(t0) → \(t1)"
        case .comparisonCounts(let n, let c0, let c1, let k):
            return "jämförelse (\(n) \(n == 1 ? "plats" : "platser")\(k == 1 ? "" : ", skalad ×" + number(k, 2))): \(c0) → \(c1)"
        case .bufferCounts(let n, let d0, let d1): return "närområdet (\(n) \(n == 1 ? "plats" : "platser")): \(d0) → \(d1)"
        case .figures(let wdd, let se, let z): return "WDD \(number(wdd, 1)) · SE \(number(se, 1)) · WDD/SE \(number(z, 2))"
        case .bufferFigures(let wdd, let se, let wdq):
            return "med närområdet WDD \(number(wdd, 1)), SE \(number(se, 1))" + (wdq.map { " · WDQ \(number($0, 2))" } ?? "")
        case .verdict(let v, let passed, let weeks):
            switch v {
            case .decrease: return "Bedömning: minskning jämfört med jämförelseplatserna"
            case .increase: return "Bedömning: ökning jämfört med jämförelseplatserna"
            case .noClearDifference: return "Bedömning: ingen säker skillnad"
            case .tooFew: return "Bedömning: för få händelser för att säga något"
            case .running: return "Bedömning: pågår – \(passed) av \(weeks) veckor"
            }
        case .bufferChange(let b):
            return b == .displacement ? "förflyttning: fler händelser i närområdet" : "spridning av nytta: färre händelser i närområdet också"
        case .rule:
            return "WDD = (T1 − T0) − k(C1 − C0), med närområdet + (D1 − D0); SE = √ av summan av antalen (k² för jämförelsen); WDD/SE ≤ −2 minskning, ≥ 2 ökning; under 10 händelser på platsen ingen bedömning. En jämförelse är ingen kontrollgrupp, och en plats som valts för att den blossat upp lugnar ofta ner sig ändå."
        case .noneToEvaluate: return "inget att utvärdera"
        case .noPlace: return "ingen plats att utvärdera – åtgärden är inte knuten till en hot spot"
        case .runningHeading: return "Pågående utvärderingar"
        case .columnStart: return "Start"
        case .columnWhat: return "Vad"
        case .columnPlace: return "Platsen"
        case .columnComparison: return "Jämförelse"
        case .columnNearby: return "Närområdet"
        case .columnVerdict: return "Bedömning"
        case .verdictShort(let v, let passed, let weeks):
            switch v {
            case .decrease: return "minskning"
            case .increase: return "ökning"
            case .noClearDifference: return "ingen säker skillnad"
            case .tooFew: return "för få händelser"
            case .running: return "pågår – \(passed) av \(weeks) veckor"
            }
        case .tooFewCount(let n): return "\(n) \(n == 1 ? "åtgärd eller insats" : "åtgärder och insatser") till hade för få händelser på platsen för att bedömas och listas inte (lagesbild effect visar alla)."
        case .bufferShort(let b): return b == .displacement ? "förflyttning" : "spridning av nytta"
        case .meetingHeading: return "Effekt av genomförda åtgärder (efterperioden slut de senaste fyra veckorna)"
        }
    }

    /// A number with a decimal comma and a real minus sign, without trailing zeros: −24, 9,8.
    static func number(_ v: Double, _ decimals: Int) -> String {
        EffectNumber.format(v, decimals: decimals, comma: true)
    }
}
