import Testing
import LagesbildCore
@testable import LagesbildTUI

/// `m` on a hot spot: the measure form (the officer's entry form for a measure, with
/// drafts), opened on the selected hot spot with the cursor on "what".
@Suite struct MeasureFormTests {
    func openForm(_ store: MemoryDataStore) -> DashboardApp {
        let app = EntryFormTests.app(store)
        Fixture.press(app, .character("m"))
        return app
    }

    func entryForm(_ app: DashboardApp) -> FormState? { app.entry?.form }

    @Test func opensOnTheSelectedHotSpotWithDefaultDueDate() throws {
        let app = openForm(Fixture.store())
        #expect(app.mode == .entryForm)
        let form = try #require(entryForm(app))
        #expect(form.field("hotspot")?.chosen == ["resecentrum"])
        #expect(form.fields[form.focus].key == "what")
        #expect(form.value("due") == "2023-12-04")   // today + 14
        let screen = Fixture.frame(app)
        #expect(screen.text.contains("Resecentrum"))
        #expect(screen.cursor != nil)
    }

    @Test func invalidDueDateShowsMessageAndKeepsText() throws {
        let store = Fixture.store()
        let before = store.events.count
        let app = openForm(store)
        Fixture.type(app, "Klottersanering vid perrongen")
        Fixture.press(app, .tab)
        Fixture.type(app, "Kommunen, Åsa")
        Fixture.press(app, .tab, .tab, .control("u"))
        Fixture.type(app, "2023-13-40")
        Fixture.press(app, .control("s"))
        #expect(app.mode == .entryForm)
        let form = try #require(entryForm(app))
        #expect(form.value("what") == "Klottersanering vid perrongen")
        #expect(form.value("responsible") == "Kommunen, Åsa")
        #expect(form.value("due") == "2023-13-40")
        #expect(form.field("due")?.error == Language.sv(.entry(.problem(.invalidDate("2023-13-40")))))
        let text = Fixture.frame(app).text
        #expect(text.contains("Klottersanering vid perrongen"))
        #expect(store.events.count == before)
    }

    @Test func emptyFieldsAndDueBeforeDecisionAreReported() throws {
        let app = openForm(Fixture.store())
        Fixture.press(app, .tab, .tab, .tab, .control("u"))
        Fixture.type(app, "2023-11-01")
        Fixture.press(app, .control("s"))
        let form = try #require(entryForm(app))
        #expect(form.field("what")?.error == Language.sv(.entry(.problem(.required))))
        #expect(form.field("responsible")?.error == Language.sv(.entry(.problem(.required))))
        #expect(form.field("due")?.error == Language.sv(.validation(.dueBeforeDecided)))
    }

    @Test func validMeasureAppendsExactlyOneEvent() throws {
        let store = Fixture.store()
        let before = store.events.count
        let app = openForm(store)
        Fixture.type(app, "Ny belysning vid cykelstället")
        Fixture.press(app, .tab)
        Fixture.type(app, "Kommunen")
        Fixture.press(app, .control("s"))
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
        // The draft is gone once saved; reading the same event back does not count it twice.
        #expect(store.drafts().isEmpty)
        Fixture.press(app, .timeout)
        #expect(app.picture?.openMeasures.filter { $0.what == m.what }.count == 1)
    }

    @Test func typedTextIsKeptAsADraft() {
        let store = Fixture.store()
        let app = openForm(store)
        Fixture.type(app, "Beskära buskage")
        #expect(store.drafts().count == 1)
        #expect(String(decoding: store.drafts()[0].contents, as: UTF8.self).contains("Beskära buskage"))
    }

    @Test func escCancelsWithoutSaving() {
        let store = Fixture.store()
        let before = store.events.count
        let app = openForm(store)
        Fixture.type(app, "Något")
        Fixture.press(app, .escape)
        // Something was typed: the form asks first; j throws it away.
        #expect(app.mode == .entryForm)
        Fixture.press(app, .character("j"))
        #expect(app.mode == .overview)
        #expect(store.events.count == before)
    }

    @Test func fromHotSpotDetailToo() {
        let app = EntryFormTests.app()
        Fixture.press(app, .down, .enter, .character("m"))
        #expect(app.entry?.form.field("hotspot")?.chosen == ["hok"])
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
