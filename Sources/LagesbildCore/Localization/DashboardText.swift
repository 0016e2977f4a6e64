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
    case keyOpenReport, keySaveReport
    /// The report view's title: `Uppföljning 2023 T3 sep–dec`.
    case reportTitle(Period)
    case reportSaved(String)
    case keyChoose, keyToggle, keyAccept, keyDecline, keyDiscardDraft, footerRound, helpSectionPrompt
    /// Shorter labels for the footer line.
    case footerPanel, footerPeriod, footerMeasure
    /// Keys as the footer writes them: `←→` before `period`; the yes key of a question (`j`, `y`).
    case footerKeysPeriod, footerKeyAccept
    /// Key labels of the EST meeting view, kept with the meeting's words.
    case meeting(MeetingText)

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
    /// ← → or `t` went past the plan's year, so the period stays in it: the plan's targets are that year's.
    case noPlanForYear(year: Int, planYear: Int)
    case noMatches
    case readOnly

    // Help overlay
    case helpTitle
    case helpSectionDashboard
    case helpSectionForm
    case helpClose

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
