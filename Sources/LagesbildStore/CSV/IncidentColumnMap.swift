import LagesbildCore

/// Which column of a partner's CSV file holds which incident field, from
/// `--map date=Datum,place=Plats,category=Kategori,source=Källa,text=Beskrivning`.
/// Partners export from their own systems with their own headers; the map saves anyone
/// from renaming columns by hand. Column names are matched ignoring case and spaces around.
public struct IncidentColumnMap: Sendable, Equatable {
    /// The incident fields a partner file can fill.
    public static let fields = ["date", "time", "place", "category", "source", "text", "lat", "lon", "n", "e"]
    /// Fields every partner file must have.
    public static let required = ["date", "place", "category", "source"]

    /// Column header (lower-cased) by incident field.
    public private(set) var columns: [String: String]

    /// Every field read from the column of its own name: the file already uses Lägesbild's names.
    public static let identity = IncidentColumnMap(columns: Dictionary(uniqueKeysWithValues: fields.map { ($0, $0) }))

    init(columns: [String: String]) { self.columns = columns }

    /// Parses `field=Column,field=Column`; fields not named keep their own name as column.
    public static func parse(_ text: String) -> Result<IncidentColumnMap, MapError> {
        var map = identity
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return .failure(.malformed(String(pair))) }
            let field = parts[0].lowercased()
            guard fields.contains(field) else { return .failure(.unknownField(parts[0])) }
            map.columns[field] = parts[1].lowercased()
        }
        return .success(map)
    }

    /// What is wrong with a `--map` argument.
    public enum MapError: Error, Sendable, Equatable {
        case malformed(String)
        case unknownField(String)

        /// The problem as the command line reports it.
        public var option: OptionProblem {
            switch self {
            case .malformed(let part): return .mapMalformed(part)
            case .unknownField(let field): return .mapUnknownField(field, known: IncidentColumnMap.fields)
            }
        }
    }
}
