// The area view, in English.
extension English {
    static func area(_ a: AreaText) -> String {
        switch a {
        case .title(let names): return "Area: " + names.joined(separator: ", ")
        case .rankingHeading: return "Hot spots of the area (priority)"
        case .promisesHeading: return "Citizen promises"
        case .columnMunicipality: return "municipality"
        case .hint: return "Enter opens the municipality's dashboard (view only), q there returns"
        case .helpSection: return "The area view"
        case .keyOpen: return "open the selected municipality's dashboard"
        case .keyLeave: return "back to the area (in a municipality)"
        case .footerOpen: return "open the municipality"
        case .footerLeave: return "quit"
        case .readOnly: return "The area view only shows – record in the municipality's own folder"
        case .tooManyFolders(let c): return "\(c) reads one folder at a time; several --data are an area view (lagesbild, summary, report)"
        case .htmlOneFolder: return "report for an area is written as text or md; HTML is written per municipality"
        }
    }
}
