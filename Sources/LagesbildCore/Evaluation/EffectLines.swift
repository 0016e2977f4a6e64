import Foundation

/// An evaluation as lines of text, the same in the command, the drill-downs, the meeting
/// and the report.
public enum EffectLines {
    public static func lines(_ e: Evaluation, plan: Plan, language L: Language, title: Bool = true) -> [String] {
        (title ? [self.title(e, plan: plan, language: L)] : []) + body(e, language: L)
    }

    /// The first line: when, where and what was evaluated.
    public static func title(_ e: Evaluation, plan: Plan, language L: Language) -> String {
        func E(_ t: EffectText) -> String { L(.effect(t)) }
        let place = plan.hotSpot(id: e.treated.first ?? "")?.name ?? (e.treated.first ?? "–")
        let what: String
        switch e.subject {
        case .measure(let m): what = E(.subjectMeasure(what: m.what, responsible: m.responsible))
        case .intervention(let i): what = E(.subjectIntervention(i.kind))
        }
        return "\(e.subject.start.iso) \(place): \(what)"
    }

    /// What `body` says of an evaluation: evaluations equal in this have the same body,
    /// whatever their subjects (a busy place has many treatments a day, evaluated alike).
    public struct Said: Hashable {
        var weeks: Int, weeksPassed: Int
        var beforeFrom: Day, beforeTo: Day, afterFrom: Day, afterTo: Day
        var allIncidents: Bool
        var comparisonPlaces: Int, bufferPlaces: Int
        var counts: EffectCounts
        var verdict: EffectVerdict
        var bufferChange: BufferChange?

        public init(_ e: Evaluation) {
            (weeks, weeksPassed) = (e.weeks, e.weeksPassed)
            (beforeFrom, beforeTo, afterFrom, afterTo) = (e.beforeFrom, e.beforeTo, e.afterFrom, e.afterTo)
            allIncidents = e.subject.categories == nil
            (comparisonPlaces, bufferPlaces) = (e.comparison.count, e.buffer.count)
            (counts, verdict, bufferChange) = (e.counts, e.verdict, e.bufferChange)
        }
    }

    /// The lines after the title: windows, counts, figures and verdict (only what `Said` holds).
    public static func body(_ e: Evaluation, language L: Language) -> [String] {
        func E(_ t: EffectText) -> String { L(.effect(t)) }
        var out: [String] = []
        out.append("  " + E(.windows(weeks: e.weeks, beforeFrom: e.beforeFrom, beforeTo: e.beforeTo, afterFrom: e.afterFrom,
                                     afterTo: e.afterTo, allIncidents: e.subject.categories == nil)))
        let c = e.counts
        var counts = [E(.treatedCounts(t0: c.t0, t1: c.t1)),
                      E(.comparisonCounts(places: e.comparison.count, c0: c.c0, c1: c.c1, scale: c.scale))]
        if let d0 = c.d0, let d1 = c.d1 { counts.append(E(.bufferCounts(places: e.buffer.count, d0: d0, d1: d1))) }
        out.append("  " + counts.joined(separator: " · "))
        if e.verdict != .running && e.verdict != .tooFew {
            var figures = E(.figures(wdd: c.wdd, se: c.se, z: c.z))
            if let w = c.wddWithBuffer, let s = c.seWithBuffer { figures += " · " + E(.bufferFigures(wdd: w, se: s, wdq: c.wdq)) }
            out.append("  " + figures)
        }
        out.append("  " + E(.verdict(e.verdict, weeksPassed: e.weeksPassed, weeks: e.weeks))
                   + (e.bufferChange.map { " · " + E(.bufferChange($0)) } ?? ""))
        return out
    }
}

/// Numbers in the evaluation: a real minus sign, at most `decimals` decimals, no trailing zeros.
public enum EffectNumber {
    public static func format(_ v: Double, decimals: Int, comma: Bool) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (v * scale).rounded()
        let negative = scaled < 0
        // Whole numbers of the last decimal, written digit by digit: a drill-down formats
        // hundreds of these, and `String(format:)` with a text replace cost microseconds each.
        guard abs(scaled) < 1e15, decimals >= 0 else { return formatted(scaled / scale, decimals: decimals, comma: comma) }
        let units = Int(abs(scaled))
        var divisor = 1
        for _ in 0..<decimals { divisor *= 10 }
        var text = String(units / divisor)
        var fraction = String(units % divisor)
        if decimals > 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            if !fraction.isEmpty { text += (comma ? "," : ".") + fraction }
        }
        return (negative ? "−" : "") + text
    }

    /// The general path, for magnitudes past whole-number precision.
    private static func formatted(_ rounded: Double, decimals: Int, comma: Bool) -> String {
        let negative = rounded < 0
        var text = String(format: "%.\(max(0, decimals))f", abs(rounded))
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if comma { text = text.replacingOccurrences(of: ".", with: ",") }
        return (negative ? "−" : "") + text
    }
}
