import Foundation
import LagesbildCore

/// One line of the meeting view. Lines with a target can be selected and acted on.
public struct MeetingLine: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// A follow-up measure: x, o and s mark it.
        case measure(UUID)
        /// A listed new place, by its name: h makes it a hot spot.
        case place(String)
        /// A hot spot with incidents or due for a round: b decides about it.
        case hotSpot(String)
        /// A decision of this meeting, or the heading of the decisions when there is none yet.
        case decision(UUID?)
    }

    public var text: String
    public var role: StyleRole
    public var target: Target?
    /// The agenda section (1–4) the line belongs to; Tab jumps between them.
    public var section: Int

    init(_ text: String, _ role: StyleRole = .normal, target: Target? = nil, section: Int) {
        self.text = TextWidth.sanitize(text)
        self.role = role
        self.target = target
        self.section = section
    }
}

/// The agenda, section by section, as the lines of the meeting view.
struct MeetingLines {
    let session: MeetingSession
    let plan: Plan
    /// New places already made hot spots in this meeting: place name → hot spot name.
    let placeSpots: [String: String]
    let language: Language

    private func M(_ t: MeetingText) -> String { language(.meeting(t)) }

    func lines() -> [MeetingLine] {
        let agenda = session.agenda
        var out: [MeetingLine] = []
        out.append(MeetingLine(M(.sectionFollowUp), .title, section: 1))
        if agenda.followUps.isEmpty { out.append(MeetingLine("  " + M(.noFollowUps), .dim, section: 1)) }
        for m in agenda.followUps {
            let status = session.marks[m.id] ?? m.status
            let marked = session.marks[m.id] != nil
            let place = m.hotSpot.map { plan.hotSpot(id: $0)?.name ?? $0 } ?? M(.anywhere)
            // Overdue by the one rule every view uses (`Measure.isOverdue`), said in words too.
            var now = m
            now.status = status
            let overdue = now.isOverdue(on: agenda.date)
            let word = language(.measureStatus(status)) + (overdue ? ", " + language(.overdue) : "")
            let text = "[\(word)] \(m.due.iso) \(m.what) · \(place) · \(m.responsible)"
            out.append(MeetingLine(text, marked ? .good : (overdue ? .warning : .normal), target: .measure(m.id), section: 1))
        }

        out.append(MeetingLine("", section: 2))
        if !agenda.evaluated.isEmpty {
            out.append(MeetingLine("  " + language(.effect(.meetingHeading)), .dim, section: 1))
            for e in agenda.evaluated {
                let lines = EffectLines.lines(e, plan: plan, language: language)
                // The verdict first, so it stays in view when the line is cut at the frame.
                out.append(MeetingLine("  " + (lines.last ?? "").trimmingCharacters(in: .whitespaces) + " · " + lines[0],
                                       e.verdict == .decrease ? .good : (e.verdict == .increase ? .bad : .normal), section: 1))
            }
        }
        out.append(MeetingLine(M(.sectionSinceLast(from: agenda.since, to: agenda.date)), .title, section: 2))
        if agenda.hotSpots.isEmpty { out.append(MeetingLine("  " + M(.noIncidents), .dim, section: 2)) }
        for h in agenda.hotSpots {
            let cats = h.categories.map { "\(language(.incidentCategory($0.category))) \($0.count)" }.joined(separator: ", ")
            let flag = h.risingSharply ? "▲ " : "  "
            let mark = h.hotSpot.addedInJournal ? " " + M(.addedMark) : ""
            let text = "\(flag)\(h.hotSpot.name)\(mark): \(h.count) (\(M(.columnAverage)) \(M(.perWeek(h.weeklyAverage)))) · \(cats)"
                + (h.risingSharply ? " · " + M(.risingSharply) : "")
                + (h.kind.map { " · " + language(.analysis(.kind($0))) } ?? "")
            out.append(MeetingLine(text, h.risingSharply ? .bad : .normal, target: .hotSpot(h.hotSpot.id), section: 2))
        }
        // When the window and the four weeks before happened, and the partners gone quiet.
        out.append(MeetingLine("  " + language(.analysis(.when)) + ": "
                               + language(.analysis(agenda.peak.map { .peak($0, timed: agenda.timedIncidents) } ?? .noPeak(timed: agenda.timedIncidents))),
                               .dim, section: 2))
        if !agenda.quietSources.isEmpty {
            out.append(MeetingLine("  " + language(.analysis(.quietSources(agenda.quietSources))), .warning, section: 2))
        }
        out.append(MeetingLine(M(.newPlaces), .title, section: 2))
        if agenda.newPlaces.isEmpty { out.append(MeetingLine("  " + M(.noNewPlaces), .dim, section: 2)) }
        for p in agenda.newPlaces {
            let line = M(.newPlace(name: p.name, sinceLast: p.sinceLast, previousWeeks: p.previousWeeks))
            if let spot = placeSpots[p.name] {
                out.append(MeetingLine("✓ \(line) → \(spot) \(M(.addedMark))", .good, target: .place(p.name), section: 2))
            } else {
                out.append(MeetingLine("? \(line)", .normal, target: .place(p.name), section: 2))
            }
        }
        // Found from positions, beside the places found from names.
        for p in agenda.clusters {
            let line = language(.geo(.clusterLine(count: p.sinceLast, label: p.name)))
            if let spot = placeSpots[p.name] {
                out.append(MeetingLine("✓ \(line) → \(spot) \(M(.addedMark))", .good, target: .place(p.name), section: 2))
            } else {
                out.append(MeetingLine("? \(line)", .normal, target: .place(p.name), section: 2))
            }
        }
        if !agenda.clusters.isEmpty { out.append(MeetingLine("  " + language(.geo(.clusterRule)), .dim, section: 2)) }

        out.append(MeetingLine("", section: 3))
        out.append(MeetingLine(M(.sectionRounds), .title, section: 3))
        out.append(MeetingLine(M(.overdueRounds), .dim, section: 3))
        if agenda.overdueRounds.isEmpty { out.append(MeetingLine("  " + M(.noOverdue), .dim, section: 3)) }
        for o in agenda.overdueRounds {
            out.append(MeetingLine("\(o.hotSpot.name): \(M(.daysSinceRound(o.daysSinceLastRound)))", .warning,
                                   target: .hotSpot(o.hotSpot.id), section: 3))
        }
        out.append(MeetingLine(M(.roundsWalked), .dim, section: 3))
        if agenda.roundsSince.isEmpty { out.append(MeetingLine("  " + M(.noRounds), .dim, section: 3)) }
        for r in agenda.roundsSince {
            let places = r.hotSpots.map { plan.hotSpot(id: $0)?.name ?? $0 }.joined(separator: ", ")
            out.append(MeetingLine("  " + M(.roundLine(date: r.date, places: places, participants: r.participantCount)), section: 3))
        }

        out.append(MeetingLine("", section: 4))
        out.append(MeetingLine(M(.sectionDecisions), .title, section: 4))
        if session.decisions.isEmpty { out.append(MeetingLine(M(.noDecisions), .dim, target: .decision(nil), section: 4)) }
        for d in session.decisions {
            let place = d.hotSpot.map { plan.hotSpot(id: $0)?.name ?? $0 } ?? M(.anywhere)
            out.append(MeetingLine("\(d.due.iso) \(d.what) · \(place) · \(d.responsible)", .good, target: .decision(d.id), section: 4))
        }
        return out
    }
}
