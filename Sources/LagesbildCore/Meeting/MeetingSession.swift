import Foundation

/// What the chair has done during one meeting: follow-up marks, places made hot spots and
/// new decisions, each already written to the journal as its own event when it was made.
/// Closing turns the session into the meeting event and the minutes.
public struct MeetingSession: Sendable, Equatable {
    public var agenda: MeetingAgenda
    /// The new status the chair gave a follow-up measure, by measure id.
    public var marks: [UUID: MeasureStatus] = [:]
    public var addedHotSpots: [AddedHotSpot] = []
    /// The listed new places this meeting made hot spots, by name as listed.
    public var placesMadeHotSpots: [String] = []
    public var decisions: [Measure] = []
    public var present: [String] = []
    public var notes = ""

    public init(agenda: MeetingAgenda) { self.agenda = agenda }

    /// The `amended` event that gives a follow-up measure its new status.
    public mutating func mark(_ measure: Measure, _ status: MeasureStatus, author: String, at time: Date) -> JournalEvent {
        marks[measure.id] = status
        var changed = measure
        changed.status = status
        return JournalEvent(timestamp: time, author: author, action: .amended, record: .measure(changed),
                            reason: "EST v.\(agenda.date.isoWeek.week)")
    }

    /// The `recorded` event that makes a listed new place a hot spot, followed by an
    /// `amended` event for each of `incidents` that named the place in free text, filing
    /// it at the new hot spot, so every count (dashboard, summary, report) includes it.
    /// The free-text name also becomes an alias, so partner files that use it match.
    /// A cluster's hot spot stands at its centre and takes the cluster's incidents; a named
    /// place's takes the incidents that name it.
    public mutating func addHotSpot(place: NewPlace, name: String, locality: String, incidents: [Incident], author: String,
                                    at time: Date, existingKeys: Set<String>) -> [JournalEvent] {
        var key = AddedHotSpot.key(for: name)
        var n = 2
        let base = key
        let taken = existingKeys.union(addedHotSpots.map(\.key))
        while taken.contains(key) { key = "\(base)-\(n)"; n += 1 }
        let aliases = place.name.lowercased() == name.lowercased() ? [] : [place.name]
        let spot = AddedHotSpot(key: key, name: name, locality: locality, aliases: aliases, added: agenda.date,
                                position: place.cluster?.centre)
        addedHotSpots.append(spot)
        placesMadeHotSpots.append(place.name)
        var events = [JournalEvent(timestamp: time, author: author, action: .recorded, record: .hotSpot(spot))]
        let placeKey = place.name.trimmingCharacters(in: .whitespaces).lowercased()
        let members = place.cluster.map { Set($0.incidentIDs) }
        for incident in incidents.sorted(by: { $0.date != $1.date ? $0.date < $1.date : UUID.textOrdered($0.id, $1.id) })
        where incident.hotSpot == nil && (members.map { $0.contains(incident.id) }
                                          ?? (incident.place.trimmingCharacters(in: .whitespaces).lowercased() == placeKey)) {
            var filed = incident
            filed.hotSpot = spot.key
            events.append(JournalEvent(timestamp: time, author: author, action: .amended, record: .incident(filed),
                                       reason: "hot spot \(spot.name)"))
        }
        return events
    }

    /// Takes up the agenda made again while the meeting goes on (records saved elsewhere, a
    /// partner import, this meeting's own changes). What the meeting has acted on stays
    /// listed, so the view and the minutes still show it: a follow-up it marked, in its
    /// current form from `measures` (once done it is no longer open), and a new place it
    /// made a hot spot (its reports are now filed there).
    public mutating func update(to fresh: MeetingAgenda, measures: RecordTable<Measure>) {
        var next = fresh
        let listed = Set(fresh.followUps.map(\.id))
        let marked = agenda.followUps.filter { marks[$0.id] != nil && !listed.contains($0.id) }.map { measures[$0.id] ?? $0 }
        next.followUps = (fresh.followUps + marked).sorted(by: MeetingAgenda.followUpOrder)
        let named = Set(fresh.newPlaces.map { $0.name.lowercased() })
        let made = agenda.newPlaces.filter { placesMadeHotSpots.contains($0.name) && !named.contains($0.name.lowercased()) }
        next.newPlaces = (fresh.newPlaces + made).sorted(by: MeetingAgenda.newPlaceOrder)
        // A cluster made a hot spot is inside that hot spot's circle now; it stays listed.
        let clustered = Set(fresh.clusters.map { $0.name.lowercased() })
        next.clusters = fresh.clusters + agenda.clusters.filter { placesMadeHotSpots.contains($0.name) && !clustered.contains($0.name.lowercased()) }
        agenda = next
    }

    /// The `recorded` event of a new decision.
    public mutating func decide(_ measure: Measure, author: String, at time: Date) -> JournalEvent {
        decisions.append(measure)
        return JournalEvent(timestamp: time, author: author, action: .recorded, record: .measure(measure))
    }

    /// The meeting record written when the meeting closes.
    public func meeting(id: UUID = UUID()) -> Meeting {
        Meeting(id: id, date: agenda.date, week: agenda.date.isoWeek.week, present: present,
                decisions: decisions.map { MeetingDecision(measureID: $0.id, text: $0.what) }, notes: notes)
    }

    /// Closes the meeting: the one `recorded` meeting event, and the minutes to write.
    public func close(municipality: String, plan: Plan, author: String, at time: Date) -> (event: JournalEvent, minutes: MeetingMinutes) {
        let meeting = meeting()
        let event = JournalEvent(timestamp: time, author: author, action: .recorded, record: .meeting(meeting))
        return (event, MeetingMinutes(municipality: municipality, plan: plan.merging(addedHotSpots: addedHotSpots),
                                      meeting: meeting, session: self))
    }
}

/// The minutes of one meeting (protokoll), "Lägesbild vecka NN": everything the renderers need.
public struct MeetingMinutes: Sendable, Equatable {
    public var municipality: String
    /// The plan with the meeting's added hot spots, for place names.
    public var plan: Plan
    public var meeting: Meeting
    public var session: MeetingSession

    public init(municipality: String, plan: Plan, meeting: Meeting, session: MeetingSession) {
        self.municipality = municipality
        self.plan = plan
        self.meeting = meeting
        self.session = session
    }

    public var agenda: MeetingAgenda { session.agenda }
    public var isoYear: Int { meeting.date.isoWeek.year }

    /// `vecka-47-2023.md`: sorts by week within a year and never collides across years.
    public func fileName(extension ext: String) -> String {
        "vecka-\(Day.pad(meeting.week, 2))-\(isoYear).\(ext)"
    }

    /// A place name for a hot spot id; the id itself when the plan does not know it.
    public func placeName(_ id: String?) -> String? {
        id.map { plan.hotSpot(id: $0)?.name ?? $0 }
    }

    /// The status a follow-up measure left the meeting with.
    public func status(of measure: Measure) -> MeasureStatus { session.marks[measure.id] ?? measure.status }

    /// Both files, Markdown and HTML, as they are written to `minutes/`.
    public func documents(language: Language) -> [MinutesDocument] {
        [MinutesDocument(fileName: fileName(extension: "md"), contents: MinutesMarkdownRenderer(minutes: self, language: language).render()),
         MinutesDocument(fileName: fileName(extension: "html"), contents: MinutesHTMLRenderer(minutes: self, language: language).render())]
    }
}

/// One file of the minutes.
public struct MinutesDocument: Sendable, Equatable {
    public var fileName: String
    public var contents: String

    public init(fileName: String, contents: String) {
        self.fileName = fileName
        self.contents = contents
    }
}

/// Where closed meetings' minutes go; the executable writes them to the data folder's
/// `minutes/` (replacing a file whole), tests keep them in memory.
public protocol MinutesWriter: AnyObject {
    /// Writes every document and returns where each went.
    func write(_ documents: [MinutesDocument]) throws -> [String]
}

/// Minutes kept in memory, for tests and previews.
public final class MemoryMinutesWriter: MinutesWriter {
    public private(set) var written: [MinutesDocument] = []

    public init() {}

    public func write(_ documents: [MinutesDocument]) throws -> [String] {
        written += documents
        return documents.map(\.fileName)
    }
}
