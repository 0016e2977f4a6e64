// The area view, in Swedish.
extension Swedish {
    static func area(_ a: AreaText) -> String {
        switch a {
        case .title(let names): return "Område: " + names.joined(separator: ", ")
        case .rankingHeading: return "Hot spots i området (prioritet)"
        case .promisesHeading: return "Medborgarlöften"
        case .columnMunicipality: return "kommun"
        case .hint: return "Enter öppnar kommunens instrumentpanel (endast visning), q där tillbaka"
        case .helpSection: return "Områdesvyn"
        case .keyOpen: return "öppna den valda kommunens instrumentpanel"
        case .keyLeave: return "tillbaka till området (i en kommun)"
        case .footerOpen: return "öppna kommunen"
        case .footerLeave: return "avsluta"
        case .readOnly: return "Områdesvyn visar bara – registrera i kommunens egen mapp"
        case .tooManyFolders(let c): return "\(c) läser en mapp i taget; flera --data är en områdesvy (lagesbild, summary, report)"
        case .htmlOneFolder: return "report för ett område skrivs som text eller md; HTML skrivs per kommun"
        }
    }
}
