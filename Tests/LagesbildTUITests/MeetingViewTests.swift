import Foundation
import Testing
import LagesbildCore
@testable import LagesbildTUI

/// The EST meeting view driven by keys on an in-memory screen: follow-up marks, a new
/// place made a hot spot, two decisions, closing with minutes, back to the dashboard.
@Suite struct MeetingViewTests {
    /// The fixture plus a free-text place reported twice this week and one amended later.
    static func store() -> MemoryDataStore {
        let extra: [Record] = [
            .incident(Incident(date: Fixture.day("2023-11-16"), place: "Lekplatsen, Hok", category: .skadegorelse, source: .skola)),
            .incident(Incident(date: Fixture.day("2023-11-19"), place: "lekplatsen, hok ", category: .klotter, source: .bostadsbolag)),
        ]
        return MemoryDataStore(plan: Fixture.plan, events: (Fixture.records + extra).map(Fixture.event), author: "ordförande@test")
    }

    static func text(_ screen: GridScreen) -> String { (0..<screen.rows).map { screen.line($0) }.joined(separator: "\n") }

    static func open(_ store: MemoryDataStore, writer: MinutesWriter? = nil) -> DashboardApp {
        let app = Fixture.app(store)
        app.minutesWriter = writer
        Fixture.press(app, .character("M"))
        return app
    }

    @Test func mOpensTheAgendaForTheWeekInOrder() throws {
        let app = Self.open(Self.store())
        let meeting = try #require(app.meeting)
        #expect(meeting.session.agenda.week == Period("2023-W47")!)
        let screen = Self.text(Fixture.frame(app))
        #expect(screen.contains("Lägesbild vecka 47"))
        let order = ["1. Uppföljning", "2. Sedan sist (2023-11-14 – 2023-11-20)"].map { screen.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order[0]! < order[1]!)
        #expect(screen.contains("▸ [öppen, försenad] 2023-10-15 Byta belysning"))   // overdue first, selected, said in words
        #expect(screen.contains("x klar"))
        // M is in the one key table, so the dashboard's help lists it.
        #expect(KeyMap.binding(for: .openMeeting, in: .dashboard)?.keys == [.character("M")])
    }

    @Test func aWholeMeetingWritesEventsAndMinutes() throws {
        let store = Self.store()
        let writer = MemoryMinutesWriter()
        let app = Self.open(store, writer: writer)
        let before = store.events.count

        // 1. The first follow-up is done.
        Fixture.press(app, .character("x"))
        #expect(Self.text(Fixture.frame(app)).contains("Åtgärden är nu klar"))
        let amended = try #require(store.events.last)
        #expect(amended.action == .amended)
        if case .measure(let m)? = amended.record { #expect(m.what == "Byta belysning" && m.status == .done) }

        // 2. Tab to the next agenda item with something to act on, down to the new place, make it a hot spot.
        let meeting = try #require(app.meeting)
        while case .hotSpot? = meeting.selectedTarget { Fixture.press(app, .down) }
        Fixture.press(app, .tab)
        for _ in 0..<10 where meeting.selectedTarget != .place("Lekplatsen, Hok") { Fixture.press(app, .down) }
        #expect(meeting.selectedTarget == .place("Lekplatsen, Hok"))
        Fixture.press(app, .character("h"))
        #expect(Self.text(Fixture.frame(app)).contains("Ny hot spot · Lekplatsen, Hok"))
        Fixture.press(app, .control("s"))
        #expect(Self.text(Fixture.frame(app)).contains("Lekplatsen är nu en hot spot"))
        let spot = try #require(app.plan?.hotSpots.last)
        #expect(spot.name == "Lekplatsen" && spot.locality == "Hok" && spot.addedInJournal)
        // Both reports that named the place are filed there.
        #expect(app.ledger.incidents.values.filter { $0.hotSpot == spot.id }.count == 2)

        // 4. Two decisions; the first about the new hot spot (the selected place), typed with Swedish letters.
        Fixture.press(app, .character("b"))
        Fixture.type(app, "Beskära buskage – åäö")
        Fixture.press(app, .tab, .tab)
        Fixture.type(app, "Parkenheten")
        Fixture.press(app, .control("s"))
        #expect(Self.text(Fixture.frame(app)).contains("Beslutet är sparat"))
        Fixture.press(app, .character("b"))
        Fixture.type(app, "Extra rundor")
        Fixture.press(app, .tab, .tab)
        Fixture.type(app, "Polisen")
        Fixture.press(app, .control("s"))
        #expect(meeting.session.decisions.map(\.what) == ["Beskära buskage – åäö", "Extra rundor"])
        #expect(meeting.session.decisions.allSatisfy { $0.hotSpot == spot.id && $0.due.iso == "2023-12-04" })
        Fixture.press(app, .end)
        #expect(Self.text(Fixture.frame(app)).contains("Beskära buskage – åäö · Lekplatsen · Parkenheten"))

        // Close: who was there, then the meeting event and the minutes; back on the dashboard.
        Fixture.press(app, .character("a"))
        Fixture.type(app, "Polisen, Kommunen")
        Fixture.press(app, .control("s"))
        #expect(app.meeting == nil)
        #expect(Self.text(Fixture.frame(app)).contains("Mötet är avslutat"))
        let closing = try #require(store.events.last)
        guard case .meeting(let record)? = closing.record else { Issue.record("no meeting event"); return }
        #expect(record.present == ["Polisen", "Kommunen"] && record.decisions.count == 2 && record.week == 47)
        // mark + hot spot + 2 filed incidents + 2 decisions + meeting
        #expect(store.events.count == before + 7)
        #expect(writer.written.map(\.fileName) == ["vecka-47-2023.md", "vecka-47-2023.html"])
        #expect(writer.written[0].contents.contains("| Beskära buskage – åäö | Lekplatsen | Parkenheten | 2023-12-04 |"))

        // The dashboard shows the decisions at the new hot spot.
        let detail = try #require(app.detail(.hotSpot(spot.id)))
        let lines = detail.lines.map(\.text).joined(separator: "\n")
        #expect(lines.contains("Beskära buskage – åäö") && lines.contains("Extra rundor"))
    }

    @Test func markKeysNeedAFollowUpAndEscLeavesWithoutClosing() throws {
        let store = Self.store()
        let app = Self.open(store)
        let before = store.events.count
        Fixture.press(app, .character("o"))
        #expect(store.events.count == before + 1)
        Fixture.press(app, .character("j"), .character("s"))
        #expect(store.events.count == before + 2)
        if case .measure(let m)? = store.events.last?.record { #expect(m.status == .cancelled) }
        Fixture.press(app, .end, .character("x"))
        #expect(Self.text(Fixture.frame(app)).contains("Välj en åtgärd under Uppföljning först"))
        Fixture.press(app, .escape)
        #expect(app.meeting == nil)
        #expect(store.events.count == before + 2)
    }

    @Test func aReadOnlyDashboardOpensTheMeetingButRecordsNothing() {
        let store = Self.store()
        let app = Fixture.app(store, readOnly: true)
        Fixture.press(app, .character("M"), .character("x"))
        #expect(Self.text(Fixture.frame(app)).contains("Skrivskyddat"))
        Fixture.press(app, .character("b"))
        #expect(app.meeting?.session.decisions.isEmpty == true)
    }
}

/// Hot spots added at a meeting reach every view that puts the plan next to the records.
@Suite struct AddedHotSpotViewTests {
    static func storeWithAddedSpot() throws -> MemoryDataStore {
        let store = MeetingViewTests.store()
        let spot = AddedHotSpot(key: "lekplatsen", name: "Lekplatsen", locality: "Hok", added: Fixture.day("2023-11-20"))
        try store.append(Fixture.event(.hotSpot(spot)))
        try store.append(Fixture.event(.incident(Incident(date: Fixture.day("2023-11-20"), hotSpot: "lekplatsen",
                                                            category: .klotter, source: .skola))))
        return store
    }

    @Test func theDashboardListsItMarkedWithAPlus() throws {
        let app = Fixture.app(try Self.storeWithAddedSpot())
        #expect(app.plan?.hotSpot(id: "lekplatsen")?.addedInJournal == true)
        let row = app.overview()?.hotSpotPanel.rows.first { $0.target == .hotSpot("lekplatsen") }
        #expect(row?.label == "+Lekplatsen")
        #expect(app.picture?.hotSpots.first { $0.hotSpot.id == "lekplatsen" }?.incidents == 1)
    }

    @Test func theWallCountsIt() throws {
        let wall = WallTests.wall(try Self.storeWithAddedSpot())
        #expect(wall.picture?.hotSpots.contains { $0.hotSpot.id == "lekplatsen" && $0.incidents == 1 } == true)
    }
}

@Suite struct MeetingHelpTests {
    @Test func questionMarkListsTheMeetingKeysFromTheKeyTable() {
        let app = MeetingViewTests.open(MeetingViewTests.store())
        Fixture.press(app, .character("?"))
        let screen = MeetingViewTests.text(Fixture.frame(app))
        for binding in KeyMap.bindings(in: .meeting) {
            #expect(screen.contains(app.language(.dashboard(binding.label))), "\(binding.action)")
        }
        Fixture.press(app, .character("x"))  // closes the overlay, marks nothing
        #expect(app.meeting?.session.marks.isEmpty == true)
        #expect(!MeetingViewTests.text(Fixture.frame(app)).contains("Tangenter"))
    }
}

/// The agenda follows the records while the meeting goes on: what another program saves
/// (a measure marked done, a partner's reports, a new hot spot) shows without reopening
/// the view, and it is made again only when the ledger changed.
@Suite struct MeetingAgendaFollowsTests {
    static func agenda(_ app: DashboardApp) -> String {
        (app.meeting?.lines ?? []).map(\.text).joined(separator: "\n")
    }

    /// Events saved by another program, after everything the fixture holds.
    static func fromElsewhere(_ record: Record, _ action: EventAction = .recorded) -> JournalEvent {
        JournalEvent(timestamp: Date(timeIntervalSince1970: 1_700_600_000), author: "bostadsbolag@test", action: action, record: record)
    }

    static func partnerReport(_ place: String) -> JournalEvent {
        fromElsewhere(.incident(Incident(date: Fixture.day("2023-11-19"), place: place, category: .klotter, source: .bostadsbolag)))
    }

    @Test func recordsSavedElsewhereReachTheOpenAgenda() throws {
        let store = MeetingViewTests.store()
        let app = MeetingViewTests.open(store)
        #expect(Self.agenda(app).contains("Fler rundor kvällstid"))
        #expect(!Self.agenda(app).contains("Stationsgatan"))
        #expect(!Self.agenda(app).contains("Hok centrum: 1 ("))

        var done = try #require(app.ledger.measures.values.first { $0.what == "Fler rundor kvällstid" })
        done.status = .done
        try store.append(Self.fromElsewhere(.measure(done), .amended))
        try store.append(Self.partnerReport("Stationsgatan"))
        try store.append(Self.fromElsewhere(.incident(Incident(date: Fixture.day("2023-11-20"), hotSpot: "hok",
                                                               category: .trafik, source: .polis))))
        let spot = AddedHotSpot(key: "badplatsen", name: "Badplatsen", locality: "Hok", added: Fixture.day("2023-11-20"))
        try store.append(Self.fromElsewhere(.hotSpot(spot)))
        try store.append(Self.fromElsewhere(.incident(Incident(date: Fixture.day("2023-11-20"), hotSpot: "badplatsen",
                                                               category: .nedskrapning, source: .kommun))))
        Fixture.press(app, .timeout)

        let agenda = Self.agenda(app)
        #expect(!agenda.contains("Fler rundor kvällstid"))       // done elsewhere: no longer a follow-up
        #expect(agenda.contains("[öppen, försenad] 2023-10-15 Byta belysning"))
        #expect(agenda.contains("? Stationsgatan: 1 sedan sist"))
        #expect(agenda.contains("Hok centrum: 1 ("))
        #expect(agenda.contains("Badplatsen (ny): 1"))
        #expect(app.meeting?.plan.hotSpot(id: "badplatsen") != nil)
    }

    @Test func whatTheMeetingDidStaysOnTheAgendaWhenItIsMadeAgain() throws {
        let store = MeetingViewTests.store()
        let writer = MemoryMinutesWriter()
        let app = MeetingViewTests.open(store, writer: writer)
        let meeting = try #require(app.meeting)
        Fixture.press(app, .character("x"))   // Byta belysning is done
        for _ in 0..<12 where meeting.selectedTarget != .place("Lekplatsen, Hok") { Fixture.press(app, .down) }
        Fixture.press(app, .character("h"), .control("s"))
        #expect(app.plan?.hotSpot(id: "lekplatsen") != nil)

        try store.append(Self.partnerReport("Stationsgatan"))
        Fixture.press(app, .timeout)
        let agenda = Self.agenda(app)
        #expect(agenda.contains("? Stationsgatan: 1 sedan sist"))
        // Marked done it is no longer open, and its reports are filed at the new hot spot,
        // but the meeting acted on both: they stay, and so does the selection.
        #expect(agenda.contains("[klar] 2023-10-15 Byta belysning"))
        #expect(agenda.contains("✓ Lekplatsen, Hok: 2 sedan sist"))
        #expect(agenda.contains("Lekplatsen (ny): 2"))
        #expect(meeting.selectedTarget == .place("Lekplatsen, Hok"))

        Fixture.press(app, .character("a"), .control("s"))
        let minutes = try #require(writer.written.first?.contents)
        #expect(minutes.contains("| Byta belysning | Resecentrum | Kommunen | 2023-10-15 | klar |"))
        #expect(minutes.contains("- Lekplatsen, Hok: 2 sedan sist"))
        #expect(minutes.contains("- Stationsgatan: 1 sedan sist"))
    }

    @Test func theAgendaIsMadeAgainOnlyWhenTheLedgerChanged() throws {
        let store = MeetingViewTests.store()
        let app = MeetingViewTests.open(store)
        let meeting = try #require(app.meeting)
        Fixture.press(app, .down, .down, .up, .tab, .timeout, .end, .timeout, .home, .resize)
        #expect(meeting.agendaMade == 1)

        Fixture.press(app, .character("x"))   // the meeting's own mark moves the revision
        #expect(meeting.agendaMade == 2)
        Fixture.press(app, .down, .timeout, .up, .timeout)
        #expect(meeting.agendaMade == 2)

        try store.append(Self.partnerReport("Stationsgatan"))
        Fixture.press(app, .timeout, .timeout, .down)
        #expect(meeting.agendaMade == 3)
    }
}
