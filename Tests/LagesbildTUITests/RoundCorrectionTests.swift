import Foundation
import Testing
import LagesbildCore
@testable import LagesbildTUI

/// A round's detail view: its fields and history; e amends it, d voids it with a reason.
@Suite struct RoundCorrectionTests {
    /// The 2023-11-14 round at Torget, opened from the hot spot's drill-down.
    func openRound(_ app: DashboardApp) -> UUID? {
        Fixture.press(app, .end, .enter)                 // Torget's drill-down
        Fixture.press(app, .down, .enter)                // its newest round
        guard case .detail(.round(let id), _) = app.mode else { return nil }
        return id
    }

    @Test func selectingARoundShowsItsFieldsAndHistory() throws {
        let app = EntryFormTests.app()
        let id = try #require(openRound(app))
        let text = Fixture.frame(app).text
        #expect(text.contains("Trygghetsrunda 2023-11-14"))
        #expect(text.contains("Lugnt"))
        #expect(text.contains("kommun 2"))
        #expect(text.contains("Historik"))
        #expect(text.contains("registrerad av fixture@test"))
        #expect(app.ledger.rounds[id] != nil)
        Fixture.press(app, .escape)
        guard case .detail(.hotSpot("torget"), _) = app.mode else { Issue.record("not back: \(app.mode)"); return }
        #expect(app.detailSelection != nil)
    }

    @Test func eAmendsWithAPrefilledFormAndTheSameRecordID() throws {
        let store = Fixture.store()
        let app = EntryFormTests.app(store)
        let id = try #require(openRound(app))
        Fixture.press(app, .character("e"))
        let form = try #require(app.entry?.form)
        #expect(form.value("notes") == "Lugnt")
        #expect(form.value("date") == "2023-11-14")
        #expect(form.field("hotspots")?.chosen == ["torget"])
        #expect(Fixture.frame(app).text.contains("Rätta trygghetsrunda 2023-11-14"))
        Fixture.press(app, .tab, .tab, .tab)             // to the notes
        Fixture.type(app, ", två grupper ungdomar")
        Fixture.press(app, .control("s"))
        let event = try #require(store.events.last)
        #expect(event.action == .amended)
        #expect(event.recordID == id)
        guard case .round(let r)? = event.record else { Issue.record("no round"); return }
        #expect(r.notes == "Lugnt, två grupper ungdomar")
        #expect(r.participants == [.kommun: 2])
        #expect(app.mode == .detail(.round(id), scroll: 0))
        let text = Fixture.frame(app).text
        #expect(text.contains("rättad av ordförande@test"))
        #expect(text.contains("Rättelsen är sparad"))
    }

    @Test func dVoidsWithAReason() throws {
        let store = Fixture.store()
        let app = EntryFormTests.app(store)
        let rounds = { app.picture?.activities.first { $0.metric == .rounds }?.count ?? -1 }
        let before = rounds()
        let id = try #require(openRound(app))
        Fixture.press(app, .character("d"))
        #expect(Fixture.frame(app).lines[23].contains("Skäl att makulera:"))
        Fixture.press(app, .enter)                       // no reason: refused, the prompt stays
        #expect(store.events.last?.action == .recorded)
        Fixture.type(app, "Dubblett, registrerad två gånger")
        Fixture.press(app, .enter)
        let event = try #require(store.events.last)
        #expect(event.action == .voided)
        #expect(event.recordID == id)
        #expect(event.reason == "Dubblett, registrerad två gånger")
        #expect(app.ledger.rounds[id] == nil)
        #expect(rounds() == before - 1)
        let text = Fixture.frame(app).text
        #expect(text.contains("makulerad av ordförande@test"))
        #expect(text.contains("skäl: Dubblett, registrerad två gånger"))
        // The view now says what the round is, and e and d explain why they do nothing.
        #expect(text.contains("MAKULERAD – räknas inte"))
        #expect(text.contains("Makulerad · Esc tillbaka"))
        #expect(!text.contains("e rätta · d makulera"))
        let count = store.events.count
        Fixture.press(app, .character("d"))
        #expect(Fixture.frame(app).lines[23].contains("Rundan är makulerad"))
        Fixture.press(app, .character("e"))
        #expect(app.entry == nil)
        #expect(Fixture.frame(app).lines[23].contains("Rundan är makulerad"))
        #expect(store.events.count == count)
    }

    @Test func amendAndVoidNeedARound() {
        let store = Fixture.store()
        let before = store.events.count
        let app = EntryFormTests.app(store)
        Fixture.press(app, .character("e"))
        #expect(Fixture.frame(app).lines[23].contains("Välj en runda"))
        Fixture.press(app, .character("d"))
        #expect(app.mode == .overview)
        #expect(store.events.count == before)
    }
}

@Suite struct DrillDownSelectionTests {
    @Test func aListOfRoundsOpensWithTheFirstSelected() throws {
        let app = EntryFormTests.app()
        _ = Fixture.frame(app)
        Fixture.press(app, .end, .enter)                 // Torget's drill-down
        let selected = try #require(app.detailSelection)
        let frame = Fixture.frame(app)
        #expect(frame.lines.contains { $0.contains("▸ 2023-11-14") }, "\(frame.text)")
        Fixture.press(app, .enter)
        guard case .detail(.round, _) = app.mode else { Issue.record("Enter did not open the round: \(app.mode)"); return }
        #expect(selected > 0)
    }
}
