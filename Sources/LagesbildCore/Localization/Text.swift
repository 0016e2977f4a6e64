/// Every text a user reads, as a key with its arguments. The words live in the
/// language tables; code never spells a user-facing sentence itself.
public enum Text: Sendable, Equatable {
    // Vocabulary
    case organisation(Organisation)
    case interventionKind(InterventionKind)
    case incidentCategory(IncidentCategory)
    case incidentSource(IncidentSource)
    case observation(Observation)
    case measureStatus(MeasureStatus)
    case promiseOwner(PromiseOwner)
    case promiseState(PromiseState)
    case metric(PromiseMetric)
    case periodKind(PeriodKind)
    case monthShort(Int)
    /// `T3 sep–dec`, `v.47`, `2023`.
    case periodName(Period)

    // Diagnostics
    case severityError
    case severityWarning
    case diagnostic(DiagnosticProblem)
    case field(FieldProblem)
    case validation(ValidationProblem)
    case planProblem(PlanProblem)
    case checkSummary(errors: Int, warnings: Int, events: Int)
    case missingDataFolder(path: String)
    case option(OptionProblem)
    /// `lagesbild generate`: what was written.
    case generated(path: String, places: Int, events: Int)
    case writeFailure(WriteFailure)
    case planAlreadyExists(path: String)
    /// `init DIR` made a folder; `plan` is the starter plan's path inside it.
    case initCreated(folder: String, plan: String)
    /// `init --year` wrote next year's plan from an earlier one.
    case initNextYear(path: String, year: Int, fromFile: String)
    /// `add` or a form: the record's date lies in a year without a plan.
    case noPlanForDate(year: Int)
    /// The same on a form's message line.
    case noPlanForDateShort(year: Int)
    /// `1 fil kan inte läsas – bilden är ofullständig`: files the picture lacks.
    case partialPicture(files: Int)
    /// The same, short, for a header line.
    case partialShort(files: Int)
    /// `init --shared` with a group the system does not know.
    case unknownGroup(String)

    // Summary
    case summaryTitle(municipality: String, year: Int, period: Period)
    case summaryAsOf(Day)
    case summaryPromises
    case summaryHotSpots
    case summaryActivities
    case summaryMeasures
    case summaryHotSpotHeader
    case daysShort(Int)
    case never
    case overdue
    case none

    // Dashboard
    case dashboard(DashboardText)

    // Wall display
    case wall(WallText)

    // Report
    case report(ReportText)

    // The officer's entry
    case entry(EntryText)

    // The weekly EST meeting
    case meeting(MeetingText)

    // Comparisons across years
    case years(YearText)

    // The analysis: kinds of hot spot, time pattern, presence, who reports
    case analysis(AnalysisText)

    // The evaluation of measures and interventions
    case effect(EffectText)

    // Positions, the outline, the map, clusters and possible duplicates
    case geo(GeoText)

    // Lägesbild och åtgärdsplan
    case document(DocumentText)

    // A police area's municipalities
    case area(AreaText)
}
