/// The words of the dashboard (the chair's ncurses front end). Kept as one nested
/// key so the dashboard's texts sit together in each language table.
public enum DashboardText: Sendable, Equatable {
    // Key actions: the labels of the key table, shown in the footer and the help overlay.
    case keyHelp, keyQuit, keyNextPanel, keyPreviousPanel, keyUp, keyDown
    case keyPageUp, keyPageDown, keyFirst, keyLast, keyOpen, keyBack
    case keyPreviousPeriod, keyNextPeriod, keyToday, keyCycleKind
    case keyFilterName, keyFilterFocus, keyNewMeasure
    case keyNextField, keyPreviousField, keySave, keyCancel
    case keyLineStart, keyLineEnd, keyDeleteBackward, keyDeleteForward, keyClearLine
    case keyCharLeft, keyCharRight
    // The officer's entry: new records, corrections, pickers and prompts.
    case keyNewRound, keyNewIntervention, keyNewIncident, keyAmend, keyVoid
    case keyOpenReport, keySaveReport, keyYearsReport
    /// The multi-year follow-up in the dashboard.
    case yearsReportTitle(first: Int, last: Int)
    /// The report view's title: `Uppföljning 2023 T3 sep–dec`.
    case reportTitle(Period)
    case reportSaved(String)
    /// Under the report's head while its tail (when, presence, effect) is still being worked out.
    case reportCompleting
    case keyChoose, keyToggle, keyAccept, keyDecline, keyDiscardDraft, footerRound, helpSectionPrompt
    /// Shorter labels for the footer line.
    case footerPanel, footerPeriod, footerMeasure
    /// Keys as the footer writes them: `←→` before `period`; the yes key of a question (`j`, `y`).
    case footerKeysPeriod, footerKeyAccept
    /// Key labels of the EST meeting view, kept with the meeting's words.
    case meeting(MeetingText)
    case geo(GeoText)
    case document(DocumentText)
    case area(AreaText)
    /// Written as it is in every language: a key hint such as `←↑↓→`.
    case literal(String)

    // Frame
    case focusAreas
    case hotSpots
    case activities
    /// ISO week number, `v.47`.
    case weekShort(Int)
    case tooSmall(cols: Int, rows: Int, neededCols: Int, neededRows: Int)
    case dataMissing
    /// Shown while the data folder is read at start.
    case loading
    /// `Läser journaler: 45 % (158 av 350 MB)`
    case loadingJournals(percent: Int, readMB: Int, totalMB: Int)
    case noPlan
    /// The viewed year has no plan: everything is counted, nothing is set against a target.
    case noPlanTargets(year: Int)
    /// The same, short, for the header.
    case noPlanShort(year: Int)
    /// At start, today's year has no plan, so the view opened on the latest period with data.
    case openedLatestData(todayYear: Int)
    /// ← or → went past the first or last year that has a plan or a record.
    case noDataBefore(year: Int)
    case noDataAfter(year: Int)
    /// The full-screen views need a terminal on standard input and output.
    case noTerminal
    case terminalUnset
    case terminalCannotOpen(term: String)
    case terminalCannotPosition(term: String)
    /// Column heads of the hot-spot panel.
    case columnPlace, columnIncidents, columnLastRound
    case noMatches
    case readOnly

    // Help overlay
    case helpTitle
    case helpSectionDashboard
    case helpSectionForm
    case helpClose
    /// The `?` legend of the panels' marks.
    case helpSectionMarks, legendTrend, legendUnclear, legendOverdue, legendAdded

    // Filters
    case filterNamePrompt
    case filterFocusPrompt
    case filterShown(String)

    // Drill-down
    case detailIncidentsNowBefore(now: Int, before: Int)
    case detailRounds(count: Int)
    case detailLastRound(days: Int?)
    case detailPriority(String)
    case detailWeeklyIncidents
    case detailWeeklyRounds
    case detailMeasures
    case detailIncidentList
    case detailRoundList
    case detailCounted
    case detailProgress(done: Int, target: Int)
    case detailSpan(Period)
    case participants(Int)
    case round
    case intervention

    // Saving from a form
    case saveFailed(String)
}
