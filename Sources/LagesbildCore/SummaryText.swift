import Foundation

/// The situation picture as plain text for `lagesbild summary`: the same numbers the
/// dashboard shows, one fact per line so scripts and tests can read them.
public struct SummaryText {
    public let plan: Plan
    public let picture: SituationPicture
    public let language: Language

    public init(plan: Plan, picture: SituationPicture, language: Language) {
        self.plan = plan
        self.picture = picture
        self.language = language
    }

    public func render() -> String {
        let L = language
        var out: [String] = []
        out.append(L(.summaryTitle(municipality: plan.municipality, year: plan.year, period: picture.period)))
        out.append(L(.summaryAsOf(picture.asOf)))
        out.append("")
        out.append(L(.summaryPromises))
        if !plan.hasTargets { out.append("  " + L(.dashboard(.noPlanTargets(year: plan.year)))) }
        for area in plan.focusAreas {
            let rows = picture.promises.filter { $0.promise.focusArea == area.id }
            guard !rows.isEmpty else { continue }
            out.append("  \(area.name)")
            for row in rows {
                let figures = "\(row.done)/\(row.target)"
                out.append("    \(SummaryText.fit(row.promise.text, 50)) \(SummaryText.left(figures, 7))  \(SummaryText.fit(L(.promiseState(row.state)), 10)) \(row.span)  [\(row.promise.id)]")
            }
        }
        out.append("")
        out.append(L(.summaryHotSpots))
        out.append("  " + L(.summaryHotSpotHeader))
        for s in picture.hotSpots {
            let days = s.daysSinceLastRound.map { L(.daysShort($0)) } ?? L(.never)
            let mark = s.overdue ? "  " + L(.overdue) : ""
            let kind = s.kind.map { "  " + L(.analysis(.kind($0))) } ?? ""
            let priority = String(format: "%.1f", s.priority)
            out.append("  \(SummaryText.fit(s.hotSpot.name, 28)) \(SummaryText.left("\(s.incidents)/\(s.incidentsBefore)", 7)) \(s.trend.arrow) \(SummaryText.left(String(s.rounds), 3)) \(SummaryText.left(days, 7)) \(SummaryText.left(priority, 5))  [\(s.hotSpot.id)]\(mark)\(kind)")
        }
        out.append("")
        out.append(L(.summaryActivities))
        for a in picture.activities {
            let figures = a.target.map { "\(a.count)/\($0)" } ?? "\(a.count)"
            out.append("  \(SummaryText.fit(L(.metric(a.metric)), 28)) \(SummaryText.left(figures, 7))  \(Sparkline.render(a.weekly))  [\(a.metric.key)]")
        }
        out.append("")
        out.append(L(.summaryMeasures))
        if picture.openMeasures.isEmpty { out.append("  " + L(.none)) }
        for m in picture.openMeasures {
            let place = m.hotSpot.flatMap { plan.hotSpot(id: $0)?.name } ?? "–"
            let mark = m.isOverdue(on: picture.asOf) ? "  " + L(.overdue) : ""
            out.append("  \(m.due.iso) \(place): \(m.what) (\(m.responsible), \(L(.measureStatus(m.status))))\(mark)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Pads or cuts to `width` characters (Swedish letters are one column each).
    static func fit(_ text: String, _ width: Int) -> String {
        if text.count > width { return String(text.prefix(width - 1)) + "…" }
        return text + String(repeating: " ", count: width - text.count)
    }

    static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}

/// Weekly counts as a row of block characters, the busiest week at full height.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Zero is the lowest block; any activity shows at least one step above it.
    public static func render(_ values: [Int]) -> String {
        let top = max(values.max() ?? 0, 1)
        return String(values.map { v in v <= 0 ? blocks[0] : blocks[1 + min(blocks.count - 2, (v * (blocks.count - 1) - 1) / top)] })
    }
}
