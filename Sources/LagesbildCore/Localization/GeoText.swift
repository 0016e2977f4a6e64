/// Texts of positions, the outline, the map, clusters and possible duplicates.
public enum GeoText: Sendable, Equatable {
    case position(PositionProblem)
    case outline(OutlineProblem)
    /// The plan's `boundary:` line when the file could not be used.
    case boundaryNotUsed(file: String)
    case mapTitle(municipality: String)
    case mapNoPositions
    case mapNoOutline
    case mapScale(metres: Int)
    case mapLegend
    case mapLegendASCII
    case mapSelected(rank: Int, name: String)
    case mapFigures(incidents: Int, before: Int, rounds: Int)
    case mapUnplaced(Int)
    case mapOutside(Int)
    case mapHint
    /// The wall's page.
    case wallMapTitle
    /// The meeting's clusters.
    case clusterLine(count: Int, label: String)
    case clusterNear(name: String, metres: Int)
    case clusterNoText
    case clusterRule
    case clusterMade(name: String)
    case clusterName(Int)
    /// The drill-down's duplicates.
    case duplicateLine(sources: String)
    case duplicatesCounted(Int)
    case duplicateRule
    /// The SVG map.
    case svgTitle(municipality: String, period: String)
    case svgLegend
    case svgListHeading
    case svgDescription(spots: Int, incidents: Int)
    /// The incident form's field.
    case fieldPosition
    case fieldPositionHelp
    case positionFormat(String)
    /// The map's keys.
    case keyOpenMap, footerMap, helpSection, keyNorth, keySouth, keyWest, keyEast, keyZoomIn, keyZoomOut, keyZoomReset
    case keyNextRank, keyPreviousRank, keyOpenSpot, keyLeave, footerMove, footerZoom, footerOpen, footerLeave
    case sideTitle, noSelection
}
