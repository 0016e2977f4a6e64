/// The tables of the minutes as rows of plain text, shared by the Markdown and HTML
/// renderers so both say the same thing; each renderer escapes the cells its own way.
struct MinutesRows {
    let minutes: MeetingMinutes
    let language: Language

    private func M(_ t: MeetingText) -> String { language(.meeting(t)) }

    var title: String { M(.title(week: minutes.meeting.week)) }
    var meta: String { M(.meta(municipality: minutes.municipality, date: minutes.meeting.date)) }
    var present: String {
        M(.present) + ": " + (minutes.meeting.present.isEmpty ? M(.nobodyListed) : minutes.meeting.present.joined(separator: ", "))
    }

    var followUpHeader: [String] { [M(.columnWhat), M(.columnWhere), M(.columnResponsible), M(.columnDue), M(.columnStatus)] }
    var followUps: [[String]] {
        minutes.agenda.followUps.map { m in
            let now = minutes.status(of: m)
            var current = m
            current.status = now
            let word = language(.measureStatus(now)) + (current.isOverdue(on: minutes.meeting.date) ? ", " + language(.overdue) : "")
            let status = minutes.session.marks[m.id] == nil ? word + " (" + M(.unchanged) + ")" : word
            return [m.what, minutes.placeName(m.hotSpot) ?? M(.anywhere), m.responsible, m.due.iso, status]
        }
    }

    var sinceLastTitle: String { M(.sectionSinceLast(from: minutes.agenda.since, to: minutes.agenda.date)) }
    var hotSpotHeader: [String] { [M(.columnPlace), M(.columnIncidents), M(.columnAverage), M(.columnCategories)] }
    var hotSpots: [[String]] {
        minutes.agenda.hotSpots.map { h in
            let name = h.hotSpot.name + (h.risingSharply ? " ▲ " + M(.risingSharply) : "")
            return [name, String(h.count), M(.perWeek(h.weeklyAverage)), categories(h.categories)]
        }
    }
    /// The evaluated measures done lately: decided, where, what, and the verdict with its figures.
    var evaluatedHeader: [String] { [language(.report(.columnDecided)), M(.columnWhere), M(.columnWhat), language(.effect(.columnVerdict))] }
    var evaluated: [[String]] {
        minutes.agenda.evaluated.map { e in
            let c = e.counts
            var verdict = language(.effect(.verdictShort(e.verdict, weeksPassed: e.weeksPassed, weeks: e.weeks)))
            if e.verdict != .tooFew { verdict += " (WDD " + EffectNumber.format(c.wdd, decimals: 1, comma: language == .sv)
                + ", SE " + EffectNumber.format(c.se, decimals: 1, comma: language == .sv) + ")" }
            let what: String
            if case .measure(let m) = e.subject { what = m.what } else { what = "" }
            return [e.subject.start.iso, minutes.placeName(e.treated.first) ?? (e.treated.first ?? "–"), what, verdict]
        }
    }

    /// The time pattern and the quiet partners, under the hot spots.
    var sinceNotes: [String] {
        let a = minutes.agenda
        var out = [language(.analysis(.when)) + ": " + language(.analysis(a.peak.map { .peak($0, timed: a.timedIncidents) } ?? .noPeak(timed: a.timedIncidents)))]
        if !a.quietSources.isEmpty { out.append(language(.analysis(.quietSources(a.quietSources)))) }
        return out
    }

    var newPlaces: [String] {
        minutes.agenda.newPlaces.map { M(.newPlace(name: $0.name, sinceLast: $0.sinceLast, previousWeeks: $0.previousWeeks)) }
            + minutes.agenda.clusters.map { language(.geo(.clusterLine(count: $0.sinceLast, label: $0.name))) }
    }

    var overdueHeader: [String] { [M(.columnPlace), M(.columnLastRound)] }
    var overdue: [[String]] {
        minutes.agenda.overdueRounds.map { [$0.hotSpot.name, M(.daysSinceRound($0.daysSinceLastRound))] }
    }
    var rounds: [String] {
        minutes.agenda.roundsSince.map { r in
            M(.roundLine(date: r.date, places: r.hotSpots.map { minutes.placeName($0) ?? $0 }.joined(separator: ", "),
                         participants: r.participantCount))
        }
    }

    var decisionHeader: [String] { [M(.columnWhat), M(.columnWhere), M(.columnResponsible), M(.columnDue)] }
    var decisions: [[String]] {
        minutes.session.decisions.map { [$0.what, minutes.placeName($0.hotSpot) ?? M(.anywhere), $0.responsible, $0.due.iso] }
    }
    var addedHotSpots: [String] {
        minutes.session.addedHotSpots.map { $0.locality.isEmpty ? $0.name : "\($0.name), \($0.locality)" }
    }

    func categories(_ counts: [CategoryCount]) -> String {
        counts.map { "\(language(.incidentCategory($0.category))) \($0.count)" }.joined(separator: ", ")
    }
}
