import Foundation

/// A rule of the domain that a record breaks.
public enum ValidationProblem: Sendable, Equatable, Hashable {
    case endBeforeStart
    /// A round's minutes per place are not one number per hot spot.
    case minutesPerPlace(places: Int)
    case minutesOutOfRange(Int)
    case unknownHotSpot(String)
    case noHotSpot
    case negativeCount(String)
    case dateInFuture(Day)
    case dueBeforeDecided
    case emptyField(String)
    case noParticipants
    /// Free text holding something shaped like a Swedish personal identity number.
    case personalIdentityNumber(String)
}

/// Checks records against the plan and the date. Every problem is returned at once,
/// so a form can show each beside its field and an import can report a row whole.
public struct Validator: Sendable {
    public let plan: Plan
    public let today: Day

    public init(plan: Plan, today: Day) {
        self.plan = plan
        self.today = today
    }

    public func problems(in record: Record) -> [(field: String, problem: ValidationProblem)] {
        var out: [(String, ValidationProblem)] = []
        func date(_ field: String, _ day: Day) {
            if day > today { out.append((field, .dateInFuture(day))) }
        }
        func spot(_ field: String, _ id: String?) {
            if let id, plan.hotSpot(id: id) == nil { out.append((field, .unknownHotSpot(id))) }
        }
        func count(_ field: String, _ value: Int) {
            if value < 0 { out.append((field, .negativeCount(field))) }
        }
        func text(_ field: String, _ value: String) {
            if let match = PersonalNumberGuard.firstMatch(in: value) { out.append((field, .personalIdentityNumber(match))) }
        }
        switch record {
        case .round(let r):
            date("date", r.date)
            // An evening round may end after midnight: an end before the start is the next
            // day, up to `Round.longestOvernight`; the round keeps its start date.
            if let s = r.start, let e = r.end, e < s, e.minutes + 24 * 60 - s.minutes > Round.longestOvernight {
                out.append(("end", .endBeforeStart))
            }
            if r.hotSpots.isEmpty { out.append(("hotspots", .noHotSpot)) }
            for id in r.hotSpots { spot("hotspots", id) }
            for (org, n) in r.participants.sorted(by: { $0.key < $1.key }) { count("participants.\(org.rawValue)", n) }
            if r.participants.values.reduce(0, +) <= 0 { out.append(("participants", .noParticipants)) }
            count("contacts", r.citizenContacts)
            count("interventions", r.interventions)
            // Minutes per place: one number per hot spot, none negative, none over a day.
            if !r.minutes.isEmpty {
                if r.minutes.count != r.hotSpots.count { out.append((EntryKey.minutes, .minutesPerPlace(places: r.hotSpots.count))) }
                for m in r.minutes where m < 0 || m > 24 * 60 { out.append((EntryKey.minutes, .minutesOutOfRange(m))); break }
            }
            text("notes", r.notes)
            for f in r.followUps { text("followups", f.text) }
        case .intervention(let i):
            date("date", i.date)
            spot("hotspot", i.hotSpot)
            for (k, n) in i.results.sorted(by: { $0.key < $1.key }) { count("results.\(k)", n) }
            text("notes", i.notes)
        case .incident(let i):
            date("date", i.date)
            spot("hotspot", i.hotSpot)
            // A position says where as well as a place name does.
            if i.hotSpot == nil && i.position == nil && i.place.trimmingCharacters(in: .whitespaces).isEmpty {
                out.append(("place", .emptyField("place")))
            }
            text("text", i.text)
        case .measure(let m):
            spot("hotspot", m.hotSpot)
            if m.what.trimmingCharacters(in: .whitespaces).isEmpty { out.append(("what", .emptyField("what"))) }
            if m.responsible.trimmingCharacters(in: .whitespaces).isEmpty { out.append(("responsible", .emptyField("responsible"))) }
            if m.due < m.decided { out.append(("due", .dueBeforeDecided)) }
            date("decided", m.decided)
            text("what", m.what)
        case .meeting(let m):
            date("date", m.date)
            for d in m.decisions { text("decisions", d.text) }
            text("notes", m.notes)
        case .hotSpot(let h):
            if h.name.trimmingCharacters(in: .whitespaces).isEmpty { out.append(("name", .emptyField("name"))) }
            if h.key.isEmpty { out.append(("key", .emptyField("key"))) }
            date("added", h.added)
            text("name", h.name)
        }
        return out
    }

    /// Problems in the plan itself: duplicate ids, promises naming unknown focus areas.
    public static func problems(in plan: Plan) -> [PlanProblem] {
        var out: [PlanProblem] = []
        // Ids must be unique within their kind; a promise may share its focus area's id.
        for ids in [plan.focusAreas.map(\.id), plan.promises.map(\.id), plan.hotSpots.map(\.id)] {
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted { out.append(.duplicateID(id)) }
        }
        let areas = Set(plan.focusAreas.map(\.id))
        for p in plan.promises {
            if !areas.contains(p.focusArea) { out.append(.unknownFocusArea(owner: p.id, focusArea: p.focusArea)) }
            if p.target < 0 { out.append(.negativeTarget(promise: p.id)) }
        }
        for h in plan.hotSpots {
            if h.name.trimmingCharacters(in: .whitespaces).isEmpty { out.append(.emptyName(h.id)) }
            for a in h.focusAreas where !areas.contains(a) { out.append(.unknownFocusArea(owner: h.id, focusArea: a)) }
        }
        return out
    }
}

extension Round {
    /// The longest a round past midnight may last, in minutes: an end earlier than the start
    /// is read as the next day only up to this, so a mistyped time is still refused.
    public static let longestOvernight = 12 * 60

    /// Minutes from start to end, across midnight when the end is earlier; nil without both times.
    public var durationMinutes: Int? {
        guard let start, let end else { return nil }
        return end < start ? end.minutes + 24 * 60 - start.minutes : end.minutes - start.minutes
    }
}
