/// Texts of *Lägesbild och åtgärdsplan* (`lagesbild document`).
public enum DocumentText: Sendable, Equatable {
    case title(municipality: String, year: Int)
    case meta(asOf: Day, first: Int, last: Int)
    case footer(Day)
    case contents
    /// Section headings, 1–7; `introduction` the municipality's own, unnumbered.
    case section(Int)
    case introduction
    case causes
    case priorities
    case otherOwnTexts
    case lawNote
    // 1
    case incidentsYear(now: Int, before: Int, trend: Trend, previous: Int)
    case incidentsFirstYear(Int)
    case promisesMet(met: Int, of: Int)
    case evaluationsLine(decrease: Int, increase: Int, unclear: Int)
    case surveyChange(indicator: String, area: String, from: String, to: String, fromYear: Int, toYear: Int)
    // 2
    case perFocusArea
    case perCategory
    case columnTrend
    case columnFocusArea
    case columnCategory
    case chartFocusAreas
    case hotSpotsHeading
    case columnKind
    case whereHeading
    case whenHeading
    case sourcesHeading
    case trendNote(year: Int, previous: Int)
    // 3
    case surveysHeading(String)
    case columnArea
    case surveySources(String)
    case surveyAnswers(String)
    case noSurveys(folder: String)
    case surveyChart(String)
    case surveyProblem(SurveyProblem)
    // 4
    case changesHeading
    case changeRise(what: String, now: Int, before: Int)
    case changeFall(what: String, now: Int, before: Int)
    case noChanges
    case promisesHeading
    case effectHeading
    // 5
    case measuresHeading(String)
    case columnMeasure, columnResponsible, columnDue, columnStatus, columnFollowUp
    case followUpRule(weeks: Int)
    case noMeasures
    case nextYearHeading(Int)
    case columnPromise, columnOwner, columnTarget
    case noNextYear(Int)
    case withoutPlace
    // 6
    case peakWeeksHeading
    case columnWeek, columnYears, columnDates, columnOccasion
    case peakRule
    case noPeakWeeks
    case occasion(Int)
    case rhythmHeading
    case meetingsHeld(year: Int, meetings: Int, weeks: Int)
    case tertialFollowUps(String)
    // 7
    case sourcesUsed
    case columnKindOfRecord, columnCount
    case recordKind(RecordKind)
    case periodsUsed(first: Int, last: Int)
    case excludedVoided(Int)
    case excludedDuplicates(Int)
    case excludedUnreadable(String)
    case diagnosticsNote(errors: Int, warnings: Int)
    case surveyRows(Int)
    case texts(String)
    case noTexts(String)
    // The dashboard's key
    case keySaveDocument, footerDocument
    case surveyRefused(String)
}
