/// Texts of the evaluation of measures and interventions.
public enum EffectText: Sendable, Equatable {
    case heading
    case subjectMeasure(what: String, responsible: String)
    case subjectIntervention(InterventionKind)
    case windows(weeks: Int, beforeFrom: Day, beforeTo: Day, afterFrom: Day, afterTo: Day, allIncidents: Bool)
    case treatedCounts(t0: Int, t1: Int)
    case comparisonCounts(places: Int, c0: Int, c1: Int, scale: Double)
    case bufferCounts(places: Int, d0: Int, d1: Int)
    case figures(wdd: Double, se: Double, z: Double)
    case bufferFigures(wdd: Double, se: Double, wdq: Double?)
    case verdict(EffectVerdict, weeksPassed: Int, weeks: Int)
    case bufferChange(BufferChange)
    case rule
    case noneToEvaluate
    case noPlace
    case runningHeading
    /// The meeting's follow-up: the measures done whose after-window just closed.
    case meetingHeading
    /// The report's table.
    case columnStart, columnWhat, columnPlace, columnComparison, columnNearby, columnVerdict
    case verdictShort(EffectVerdict, weeksPassed: Int, weeks: Int)
    case bufferShort(BufferChange)
    /// The report: how many had too few incidents to be judged (not listed).
    case tooFewCount(Int)
}
