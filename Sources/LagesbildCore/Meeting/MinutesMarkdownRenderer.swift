/// The minutes as Markdown (`minutes/vecka-NN-YYYY.md`): the agenda's four sections with
/// what the meeting did in each. User text is escaped as in the follow-up report.
public struct MinutesMarkdownRenderer: Sendable {
    public let minutes: MeetingMinutes
    public let language: Language

    public init(minutes: MeetingMinutes, language: Language) {
        self.minutes = minutes
        self.language = language
    }

    public func render() -> String {
        let rows = MinutesRows(minutes: minutes, language: language)
        func M(_ t: MeetingText) -> String { language(.meeting(t)) }
        let esc = ReportMarkdownRenderer.escape
        var out = ["# " + esc(rows.title), "", esc(rows.meta), "", esc(rows.present)]

        out += ["", "## " + M(.sectionFollowUp), ""]
        out += rows.followUps.isEmpty ? [M(.noFollowUps)] : ReportMarkdownRenderer.table([rows.followUpHeader] + rows.followUps, numeric: [])
        if !rows.evaluated.isEmpty {
            out += ["", "### " + esc(language(.effect(.meetingHeading))), ""]
            out += ReportMarkdownRenderer.table([rows.evaluatedHeader] + rows.evaluated, numeric: [])
        }

        out += ["", "## " + esc(rows.sinceLastTitle), ""]
        out += rows.hotSpots.isEmpty ? [M(.noIncidents)] : ReportMarkdownRenderer.table([rows.hotSpotHeader] + rows.hotSpots, numeric: [1, 2])
        out += [""] + rows.sinceNotes.map(esc)
        out += ["", "### " + M(.newPlaces), ""]
        out += rows.newPlaces.isEmpty ? [M(.noNewPlaces)] : rows.newPlaces.map { "- " + esc($0) }

        out += ["", "## " + M(.sectionRounds), "", "### " + M(.overdueRounds), ""]
        out += rows.overdue.isEmpty ? [M(.noOverdue)] : ReportMarkdownRenderer.table([rows.overdueHeader] + rows.overdue, numeric: [])
        out += ["", "### " + M(.roundsWalked), ""]
        out += rows.rounds.isEmpty ? [M(.noRounds)] : rows.rounds.map { "- " + esc($0) }

        out += ["", "## " + M(.sectionDecisions), ""]
        out += rows.decisions.isEmpty ? [M(.noDecisions)] : ReportMarkdownRenderer.table([rows.decisionHeader] + rows.decisions, numeric: [])
        if !rows.addedHotSpots.isEmpty {
            out += ["", "### " + M(.addedHotSpots), ""] + rows.addedHotSpots.map { "- " + esc($0) }
        }
        if !minutes.meeting.notes.isEmpty {
            out += ["", "## " + M(.notes), "", esc(minutes.meeting.notes)]
        }
        out += ["", "*" + esc(M(.footer(minutes.meeting.date))) + "*"]
        return out.joined(separator: "\n") + "\n"
    }
}
