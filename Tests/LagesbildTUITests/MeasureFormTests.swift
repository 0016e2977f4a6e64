import Testing
import LagesbildCore
@testable import LagesbildTUI

@Suite struct MeasureFormTests {
    func openForm(_ store: MemoryDataStore) -> DashboardApp {
        let app = Fixture.app(store)
        Fixture.press(app, .character("m"))
        return app
    }

    @Test func opensOnTheSelectedHotSpotWithDefaultDueDate() {
        let app = openForm(Fixture.store())
        guard case .measureForm(let form) = app.mode else { Issue.record("no form: \(app.mode)"); return }
        #expect(form.hotSpot.id == "resecentrum")
        #expect(form.form.value("due") == "2023-12-04")   // today + 14
        let screen = Fixture.frame(app)
        #expect(screen.text.contains("Ny åtgärd · Resecentrum"))
        #expect(screen.cursor != nil)
    }

    @Test func invalidDueDateShowsMessageAndKeepsText() {
        let store = Fixture.store()
        let before = store.events.count
        let app = openForm(store)
        Fixture.type(app, "Klottersanering vid perrongen")
        Fixture.press(app, .tab)
        Fixture.type(app, "Kommunen, Åsa")
        Fixture.press(app, .tab, .control("u"))
        Fixture.type(app, "2023-13-40")
        Fixture.press(app, .enter)
        guard case .measureForm(let form) = app.mode else { Issue.record("form closed"); return }
        #expect(form.form.value("what") == "Klottersanering vid perrongen")
        #expect(form.form.value("responsible") == "Kommunen, Åsa")
        #expect(form.form.value("due") == "2023-13-40")
        #expect(form.form.fields[2].error == "ogiltigt datum (ÅÅÅÅ-MM-DD)")
        let text = Fixture.frame(app).text
        #expect(text.contains("! ogiltigt datum (ÅÅÅÅ-MM-DD)"))
        #expect(text.contains("Klottersanering vid perrongen"))
        #expect(store.events.count == before)
    }

    @Test func emptyFieldsAndDueBeforeDecisionAreReported() {
        let store = Fixture.store()
        let app = openForm(store)
        Fixture.press(app, .tab, .tab, .control("u"))
        Fixture.type(app, "2023-11-01")
        Fixture.press(app, .control("s"))
        guard case .measureForm(let form) = app.mode else { Issue.record("form closed"); return }
        #expect(form.form.fields[0].error == "får inte vara tomt")
        #expect(form.form.fields[1].error == "får inte vara tomt")
        #expect(form.form.fields[2].error == "klart-datum ligger före beslutsdatum")
        #expect(form.form.focus == 0)
    }

    @Test func validMeasureAppendsExactlyOneEvent() throws {
        let store = Fixture.store()
        let before = store.events.count
        let app = openForm(store)
        Fixture.type(app, "Ny belysning vid cykelstället")
        Fixture.press(app, .enter)
        Fixture.type(app, "Kommunen")
        Fixture.press(app, .enter, .enter)
        #expect(app.mode == .overview)
        #expect(store.events.count == before + 1)
        let event = try #require(store.events.last)
        #expect(event.action == .recorded)
        #expect(event.author == "ordförande@test")
        guard case .measure(let m)? = event.record else { Issue.record("not a measure"); return }
        #expect(m.hotSpot == "resecentrum")
        #expect(m.what == "Ny belysning vid cykelstället")
        #expect(m.responsible == "Kommunen")
        #expect(m.decided == Fixture.today)
        #expect(m.due == Fixture.day("2023-12-04"))
        #expect(Fixture.frame(app).lines[23].contains("Åtgärden är sparad"))
        // Reading the same event back does not count it twice.
        Fixture.press(app, .timeout)
        #expect(app.picture?.openMeasures.filter { $0.what == m.what }.count == 1)
    }

    @Test func escCancelsWithoutSaving() {
        let store = Fixture.store()
        let before = store.events.count
        let app = openForm(store)
        Fixture.type(app, "Något")
        Fixture.press(app, .escape)
        // Something was typed: the form asks first; j throws it away.
        guard case .measureForm = app.mode else { Issue.record("closed without asking"); return }
        Fixture.press(app, .character("j"))
        #expect(app.mode == .overview)
        #expect(store.events.count == before)
    }

    @Test func fromHotSpotDetailToo() {
        let app = Fixture.app()
        Fixture.press(app, .down, .enter, .character("m"))
        guard case .measureForm(let form) = app.mode else { Issue.record("no form"); return }
        #expect(form.hotSpot.id == "hok")
        Fixture.press(app, .escape)
        #expect(app.mode == .detail(.hotSpot("hok"), scroll: 0))
    }

    @Test func readOnlyRefusesVisibly() {
        let store = Fixture.store()
        let app = Fixture.app(store, readOnly: true)
        Fixture.press(app, .character("m"))
        #expect(app.mode == .overview)
        #expect(Fixture.frame(app).lines[23].contains("skrivskyddat"))
    }
}
