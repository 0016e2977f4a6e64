/// The words of the weekly EST meeting: the meeting view, its forms and the minutes.
public enum MeetingText: Sendable, Equatable {
    // Titles and sections (view and minutes)
    /// `Lägesbild vecka 47`
    case title(week: Int)
    /// `Vaggeryd · möte 2023-11-21`
    case meta(municipality: String, date: Day)
    case present
    case nobodyListed
    case sectionFollowUp
    case sectionSinceLast(from: Day, to: Day)
    case sectionRounds
    case sectionDecisions
    case notes
    case footer(Day)

    // Columns
    case columnWhat, columnWhere, columnResponsible, columnDue, columnStatus
    case columnPlace, columnIncidents, columnAverage, columnCategories, columnDate, columnLastRound

    // Lines
    case risingSharply
    case newPlaces
    case newPlace(name: String, sinceLast: Int, previousWeeks: Int)
    case overdueRounds
    case roundsWalked
    case daysSinceRound(Int?)
    case roundLine(date: Day, places: String, participants: Int)
    case perWeek(Double)
    case addedHotSpots
    case addedMark
    case marked(MeasureStatus)
    case unchanged
    case noFollowUps, noIncidents, noNewPlaces, noOverdue, noRounds, noDecisions
    case anywhere

    // The meeting view
    case keyOpenMeeting, footerMeeting
    case keyMarkDone, keyMarkOngoing, keyMarkCancelled, keyMakeHotSpot, keyNewDecision, keyClose, keyLeave, keyNextSection
    case footerDone, footerOngoing, footerCancelled, footerHotSpot, footerDecision, footerClose, footerLeave
    case helpSection
    case decisionFormTitle
    case hotSpotFormTitle(place: String)
    case closeFormTitle(week: Int)
    case fieldName, fieldLocality, fieldPresent, fieldNotes, fieldWhat, fieldWhere, fieldResponsible, fieldDue
    case hintPresent
    case formHint
    case invalidDate
    case required
    case markSaved(MeasureStatus)
    case hotSpotSaved(String)
    case decisionSaved
    case closed(paths: [String])
    case saveFailed(String)
    case readOnly
    case notAMeasure
    case notAPlace
}
