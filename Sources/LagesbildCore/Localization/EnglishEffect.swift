// The evaluation of measures, in English.
extension English {
    static func effect(_ e: EffectText) -> String {
        switch e {
        case .heading: return "Effect"
        case .subjectMeasure(let what, let who): return "measure: \(what) (\(who))"
        case .subjectIntervention(let kind): return "intervention: \(text(.interventionKind(kind)))"
        case .windows(let w, let bf, let bt, let af, let at, let all):
            return "\(w) weeks before (\(bf.iso) – \(bt.iso)) and after (\(af.iso) – \(at.iso)), " + (all ? "all incidents" : "incidents of the intervention's kind")
        case .treatedCounts(let t0, let t1): return "The place: \(t0) → \(t1)"
        case .comparisonCounts(let n, let c0, let c1, let k):
            return "comparison (\(n) \(n == 1 ? "place" : "places")\(k == 1 ? "" : ", scaled ×" + number(k, 2))): \(c0) → \(c1)"
        case .bufferCounts(let n, let d0, let d1): return "nearby (\(n) \(n == 1 ? "place" : "places")): \(d0) → \(d1)"
        case .figures(let wdd, let se, let z): return "WDD \(number(wdd, 1)) · SE \(number(se, 1)) · WDD/SE \(number(z, 2))"
        case .bufferFigures(let wdd, let se, let wdq):
            return "with nearby WDD \(number(wdd, 1)), SE \(number(se, 1))" + (wdq.map { " · WDQ \(number($0, 2))" } ?? "")
        case .verdict(let v, let passed, let weeks):
            switch v {
            case .decrease: return "Verdict: a decrease compared with the comparison places"
            case .increase: return "Verdict: an increase compared with the comparison places"
            case .noClearDifference: return "Verdict: no clear difference"
            case .tooFew: return "Verdict: too few incidents to say anything"
            case .running: return "Verdict: running – \(passed) of \(weeks) weeks"
            }
        case .bufferChange(let b):
            return b == .displacement ? "displacement: more incidents nearby" : "diffusion of benefits: fewer incidents nearby too"
        case .rule:
            return "WDD = (T1 − T0) − k(C1 − C0), with nearby places + (D1 − D0); SE = √ of the sum of the counts (k² for the comparison); WDD/SE ≤ −2 a decrease, ≥ 2 an increase; under 10 incidents at the place no verdict. A comparison is not a control group, and a place chosen because it flared up often calms down anyway."
        case .noneToEvaluate: return "nothing to evaluate"
        case .noPlace: return "no place to evaluate – the measure is not tied to a hot spot"
        case .runningHeading: return "Evaluations still running"
        case .columnStart: return "Start"
        case .columnWhat: return "What"
        case .columnPlace: return "The place"
        case .columnComparison: return "Comparison"
        case .columnNearby: return "Nearby"
        case .columnVerdict: return "Verdict"
        case .verdictShort(let v, let passed, let weeks):
            switch v {
            case .decrease: return "decrease"
            case .increase: return "increase"
            case .noClearDifference: return "no clear difference"
            case .tooFew: return "too few incidents"
            case .running: return "running – \(passed) of \(weeks) weeks"
            }
        case .tooFewCount(let n): return "\(n) more \(n == 1 ? "measure or intervention" : "measures and interventions") had too few incidents at the place to be judged and are not listed (lagesbild effect shows all)."
        case .bufferShort(let b): return b == .displacement ? "displacement" : "diffusion of benefits"
        case .meetingHeading: return "Effect of measures done (after-window closed in the last four weeks)"
        }
    }

    static func number(_ v: Double, _ decimals: Int) -> String {
        EffectNumber.format(v, decimals: decimals, comma: false)
    }
}
