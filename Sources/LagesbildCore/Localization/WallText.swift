/// The words of the wall display (the read-only office screen). Kept as one nested key
/// so the wall's texts sit together in each language table.
public enum WallText: Sendable, Equatable {
    /// Always on screen, so nobody walks up and expects the keyboard to do anything.
    case banner
    /// When the display last saw the data change: `data uppdaterad 14:02`, with the
    /// date when it was not today.
    case dataUpdated(time: String, day: Day?)
    /// Nothing has been read yet.
    case dataNeverRead
    /// The body while the data folder cannot be read.
    case dataMissingTitle
    case dataMissingPath(String)
    case dataMissingHint

    // Page titles
    case pageKeyFigures
    case pageOverview
    case pageHotSpots
    case pageActivities
    case pageMeasures
    case pageMap

    // Key figures
    /// Under the big `12/30`: `trygghetsrundor T2 mot mål`.
    case figureRounds(period: String)
    case figureOverdueSpots(intervalDays: Int)
    case figureOpenMeasures(overdue: Int)
    /// The hot spots behind the second figure, in priority order.
    case figureOverdueList(String)

    // Hot-spot ranking columns
    case columnTrend
    case columnIncidents
    case columnBefore
    case columnRounds
    case columnLastRound

    // Measures page
    case columnDue
    case columnPlace
    case noOpenMeasures
    case measureOverdue
    case promiseHeading
    case activityHeading
}
