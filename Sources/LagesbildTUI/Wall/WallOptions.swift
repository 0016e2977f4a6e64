import Foundation
import LagesbildCore

/// The pages the wall display rotates through, in the order they are shown by default.
public enum WallPage: String, Sendable, CaseIterable {
    case figures
    case overview
    case hotspots
    case activities
    case measures
    /// The map: shown when asked for (`--pages …,map`), as not every plan has positions.
    case map

    /// The pages shown when none are named.
    public static let standard: [WallPage] = [.figures, .overview, .hotspots, .activities, .measures]

    /// Reads `figures,overview,…` as given on the command line; a failure names the first unknown page.
    public static func parseList(_ text: String) -> Result<[WallPage], UnknownPage> {
        var pages: [WallPage] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let page = WallPage(rawValue: name) else { return .failure(UnknownPage(name: name)) }
            if !pages.contains(page) { pages.append(page) }
        }
        return pages.isEmpty ? .failure(UnknownPage(name: text)) : .success(pages)
    }

    public struct UnknownPage: Error, Sendable {
        public let name: String
    }

    var title: WallText {
        switch self {
        case .figures: return .pageKeyFigures
        case .overview: return .pageOverview
        case .hotspots: return .pageHotSpots
        case .activities: return .pageActivities
        case .measures: return .pageMeasures
        case .map: return .pageMap
        }
    }
}

/// How the executable starts the wall display.
public struct WallOptions: Sendable {
    public var language: Language
    /// The real date; nil reads the system clock (local time) and follows it past midnight.
    public var today: Day?
    /// The period shown; nil picks it as the dashboard does (today's tertial, or the plan
    /// year's latest tertial when the plan is for another year).
    public var period: Period?
    /// Seconds each page stays on screen; 0 keeps the first page.
    public var rotateSeconds: Int
    public var pages: [WallPage]
    /// Shown on the "data saknas" page, so whoever looks at the wall knows which folder is meant.
    public var dataPath: String
    /// `HH:MM:SS` instead of `HH:MM`: one small redraw every second instead of every minute.
    public var showSeconds: Bool
    /// False forces monochrome; the terminal layer also honours NO_COLOR.
    public var color: Bool
    /// How often the data folder is looked at. A `stat` per journal: cheap, but not free.
    public var pollMilliseconds: Int
    /// False on a terminal without UTF-8: the map in plain ASCII marks.
    public var unicode = true

    public init(language: Language = .sv, today: Day? = nil, period: Period? = nil, rotateSeconds: Int = 15,
                pages: [WallPage] = WallPage.standard, dataPath: String = "", showSeconds: Bool = false,
                color: Bool = true, pollMilliseconds: Int = 1000) {
        self.language = language
        self.today = today
        self.period = period
        self.rotateSeconds = max(0, rotateSeconds)
        self.pages = pages.isEmpty ? WallPage.standard : pages
        self.dataPath = dataPath
        self.showSeconds = showSeconds
        self.color = color
        self.pollMilliseconds = max(10, pollMilliseconds)
    }
}
