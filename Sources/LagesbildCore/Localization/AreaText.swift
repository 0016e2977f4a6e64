/// Texts of the area view: a police area's municipalities side by side.
public enum AreaText: Sendable, Equatable {
    case title([String])
    case rankingHeading
    case promisesHeading
    case columnMunicipality
    case hint
    case helpSection
    case keyOpen, keyLeave, footerOpen, footerLeave
    case readOnly
    case tooManyFolders(command: String)
    case htmlOneFolder
}
