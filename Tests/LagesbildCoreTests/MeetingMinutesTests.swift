import Foundation
import Testing
@testable import LagesbildCore

@Suite struct MeetingMinutesTests {
    static let plan = SituationPictureTests.plan
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static func roundTrip(_ record: Record) throws -> Record? {
        let event = JournalEvent(timestamp: Date(timeIntervalSince1970: 1_700_000_000), author: "ordf@est", action: .recorded, record: record)
        let bytes = try JSONEncoder().encode(JSONValue.object(event.jsonObject))
        let value = try JSONDecoder().decode(JSONValue.self, from: bytes)
        guard case .success(let back) = JournalEvent.from(value) else { return nil }
        #expect(back == event)
        return back.record
    }

    @Test func meetingAndHotSpotEventsSurviveTheJournal() throws {
        let meeting = Meeting(date: Self.day("2023-11-21"), present: ["Polisen", "Kommunen", "Vaggerydsbostäder"],
                              decisions: [MeetingDecision(measureID: UUID(), text: "Beskära buskage – åäö")], notes: "Kort möte")
        #expect(meeting.week == 47)
        #expect(try Self.roundTrip(.meeting(meeting)) == .meeting(meeting))
        let spot = AddedHotSpot(key: "lekplatsen", name: "Lekplatsen", locality: "Hok", aliases: ["Lekplatsen, Hok"], added: Self.day("2023-11-21"))
        #expect(try Self.roundTrip(.hotSpot(spot)) == .hotSpot(spot))
        let bare = AddedHotSpot(key: "k", name: "N", locality: "", added: Self.day("2023-11-21"))
        #expect(try Self.roundTrip(.hotSpot(bare)) == .hotSpot(bare))
    }

    @Test func aMeetingWithoutADateIsReportedByField() {
        let decoded = RecordCoding.decode(kind: .meeting, id: UUID(), ["week": .number(47), "decisions": .array([.object(["text": .string("x")])])])
        #expect(decoded.record == nil)
        #expect(decoded.problems.contains(.missing("date")) && decoded.problems.contains(.missing("measure")))
    }

    @Test func ledgerKeepsMeetingsAndAddedHotSpotsAndVoidsThem() {
        let meeting = Meeting(date: Self.day("2023-11-21"))
        let recorded = JournalEvent(timestamp: Date(timeIntervalSince1970: 1), author: "a", action: .recorded, record: .meeting(meeting))
        var ledger = Ledger(events: [recorded])
        #expect(ledger.meetings[meeting.id] == meeting)
        ledger.apply([JournalEvent.void(.meeting, meeting.id, reason: "fel dag", author: "a", at: Date(timeIntervalSince1970: 2))])
        #expect(ledger.meetings.isEmpty && ledger.warnings.isEmpty)
    }

    /// A session with one mark, one added hot spot and two decisions, closed.
    static func closedMeeting(hostile: String = "") -> (event: JournalEvent, minutes: MeetingMinutes, session: MeetingSession) {
        let open = Measure(hotSpot: "a", what: "Belysning\(hostile)", responsible: "Tekniska", decided: day("2023-11-14"), due: day("2023-11-28"))
        let other = Measure(hotSpot: "b", what: "Kameror", responsible: "Bostäder", decided: day("2023-11-07"), due: day("2023-12-05"))
        let place = SituationPictureTests.event(.incident(Incident(date: day("2023-11-20"), place: "Lekplatsen, Hok\(hostile)",
                                                                  category: .skadegorelse, source: .skola)))
        let ledger = Ledger(events: [open, other].map { SituationPictureTests.event(.measure($0)) } + [place])
        var session = MeetingSession(agenda: MeetingAgenda.make(plan: plan, ledger: ledger, date: day("2023-11-21")))
        let now = Date(timeIntervalSince1970: 1_700_560_000)
        let amended = session.mark(open, .done, author: "ordf", at: now)
        #expect(amended.action == .amended && amended.recordID == open.id)
        if case .measure(let m)? = amended.record { #expect(m.status == .done) } else { Issue.record("no measure") }
        let added = session.addHotSpot(place: session.agenda.newPlaces[0], name: "Lekplatsen\(hostile)", locality: "Hok",
                                       incidents: Array(ledger.incidents.values), author: "ordf", at: now, existingKeys: ["a", "b"])
        #expect(added.map(\.kind) == [.hotspot, .incident])
        if case .incident(let filed)? = added.last?.record { #expect(filed.hotSpot == session.addedHotSpots[0].key) }
        _ = session.decide(Measure(hotSpot: session.addedHotSpots[0].key, what: "Ny belysning\(hostile)", responsible: "Tekniska",
                                   decided: day("2023-11-21"), due: day("2023-12-05")), author: "ordf", at: now)
        _ = session.decide(Measure(hotSpot: nil, what: "Informera skolan", responsible: "Trygghetssamordnaren",
                                   decided: day("2023-11-21"), due: day("2023-12-12")), author: "ordf", at: now)
        session.present = ["Polisen", "Kommunen\(hostile)"]
        let closed = session.close(municipality: "Testby", plan: plan, author: "ordf", at: now)
        return (closed.event, closed.minutes, session)
    }

    @Test func anAgendaMadeAgainKeepsWhatTheMeetingActedOn() {
        let marked = Measure(hotSpot: "a", what: "Belysning", responsible: "Tekniska", decided: Self.day("2023-11-14"), due: Self.day("2023-11-28"))
        let other = Measure(hotSpot: "b", what: "Kameror", responsible: "Bostäder", decided: Self.day("2023-11-07"), due: Self.day("2023-12-05"))
        let report = Incident(date: Self.day("2023-11-20"), place: "Lekplatsen", category: .skadegorelse, source: .skola)
        var events = [marked, other].map { SituationPictureTests.event(.measure($0)) } + [SituationPictureTests.event(.incident(report))]
        var session = MeetingSession(agenda: MeetingAgenda.make(plan: Self.plan, ledger: Ledger(events: events), date: Self.day("2023-11-21")))
        let now = Date(timeIntervalSince1970: 1_700_560_000)
        events.append(session.mark(marked, .done, author: "ordf", at: now))
        events += session.addHotSpot(place: session.agenda.newPlaces[0], name: "Lekplatsen", locality: "Hok", incidents: [report],
                                     author: "ordf", at: now, existingKeys: ["a", "b"])
        // Elsewhere: the other measure is done too, and a new place is reported.
        var done = other
        done.status = .done
        events.append(JournalEvent(timestamp: now, author: "polis", action: .amended, record: .measure(done)))
        events.append(SituationPictureTests.event(.incident(Incident(date: Self.day("2023-11-21"), place: "Torggatan",
                                                                     category: .klotter, source: .kommun))))
        let ledger = Ledger(events: events)
        session.update(to: MeetingAgenda.make(plan: Self.plan, ledger: ledger, date: Self.day("2023-11-21")), measures: ledger.measures)

        #expect(session.agenda.followUps.map(\.what) == ["Belysning"])
        #expect(session.agenda.followUps.first?.status == .done)
        #expect(session.agenda.newPlaces.map(\.name) == ["Lekplatsen", "Torggatan"])
        #expect(session.agenda.hotSpots.map(\.hotSpot.name) == ["Lekplatsen"])
    }

    @Test func closingWritesOneMeetingEventWithTheDecisions() {
        let (event, minutes, session) = Self.closedMeeting()
        guard case .meeting(let meeting)? = event.record else { Issue.record("not a meeting"); return }
        #expect(event.action == .recorded && meeting.week == 47 && meeting.date.iso == "2023-11-21")
        #expect(meeting.present == ["Polisen", "Kommunen"])
        #expect(meeting.decisions.map(\.measureID) == session.decisions.map(\.id))
        #expect(meeting.decisions.map(\.text) == ["Ny belysning", "Informera skolan"])
        #expect(minutes.fileName(extension: "md") == "vecka-47-2023.md")
    }

    @Test func markdownMinutesHaveTheAgendaAndTheDecisions() {
        let md = MinutesMarkdownRenderer(minutes: Self.closedMeeting().minutes, language: .sv).render()
        #expect(md.hasPrefix("# Lägesbild vecka 47\n"))
        for heading in ["## 1. Uppföljning", "## 2. Sedan sist (2023-11-15 – 2023-11-21)", "## 3. Rundor", "## 4. Beslut"] {
            #expect(md.contains(heading))
        }
        #expect(md.contains("Närvarande: Polisen, Kommunen"))
        #expect(md.contains("| Belysning | Ågatan | Tekniska | 2023-11-28 | klar |"))
        #expect(md.contains("| Kameror | Östra parken | Bostäder | 2023-12-05 | öppen (oförändrad) |"))
        #expect(md.contains("| Ny belysning | Lekplatsen | Tekniska | 2023-12-05 |"))
        #expect(md.contains("| Informera skolan | – | Trygghetssamordnaren | 2023-12-12 |"))
        #expect(md.contains("- Lekplatsen, Hok"))
    }

    @Test func minutesEscapeUserTextInMarkdownAndHTML() {
        let hostile = " <script>&|*"
        let minutes = Self.closedMeeting(hostile: hostile).minutes
        let md = MinutesMarkdownRenderer(minutes: minutes, language: .sv).render()
        #expect(!md.contains("<script>"))
        #expect(md.contains("Ny belysning \\<script\\>&\\|\\*"))
        let html = MinutesHTMLRenderer(minutes: minutes, language: .sv).render()
        let parsed = ReportRenderingTests.parse(html)
        #expect(parsed.ok)
        #expect(parsed.counts["script"] == nil)
        #expect(html.contains("Ny belysning &lt;script&gt;&amp;|*"))
        #expect(html.contains("<title>Lägesbild vecka 47</title>"))
        #expect(html.contains(HTMLDocument.style))  // the report's page shell
        #expect((parsed.counts["h2"] ?? 0) == 4)
    }

    @Test func englishMinutesUseTheEnglishTable() {
        let md = MinutesMarkdownRenderer(minutes: Self.closedMeeting().minutes, language: .en).render()
        #expect(md.contains("## 4. Decisions") && md.contains("Present: Polisen, Kommunen"))
    }
}
