import Foundation
import Testing
import LagesbildCore
@testable import LagesbildTUI

/// The officer's forms driven by keystrokes on the dashboard, drawn on the in-memory screen.
@Suite struct EntryFormTests {
    static let evening = ClockTime(hour: 21, minute: 30)!

    static func app(_ store: MemoryDataStore = Fixture.store(), language: Language = .sv) -> DashboardApp {
        DashboardApp(source: store, sink: store,
                     options: DashboardOptions(language: language, today: Fixture.today, color: false),
                     today: Fixture.today, clock: { "14:02" }, drafts: store, timeOfDay: { evening })
    }

    static func form(_ app: DashboardApp) -> FormState? { app.entry?.form }

    @Test func roundFormOpensWithDefaultsAndTheCursorOnTheHotSpots() throws {
        let app = Self.app()
        Fixture.press(app, .character("n"))
        #expect(app.mode == .entryForm)
        let form = try #require(Self.form(app))
        #expect(form.value("date") == "2023-11-20")
        #expect(form.value("start") == "20:30")
        #expect(form.value("end") == "21:30")
        #expect(form.fields[form.focus].key == "hotspots")
        let screen = Fixture.frame(app)
        #expect(screen.text.contains("Ny trygghetsrunda"))
        #expect(screen.text.contains("Platser:"))
        #expect(screen.text.contains("[ ] 1 trasig belysning"))
        #expect(screen.cursor != nil)
        #expect(screen.lines[23].contains("Ctrl-S spara"))
    }

    @Test func typeAheadFindsHotSpotsByNameAndLocality() throws {
        let app = Self.app()
        Fixture.press(app, .character("n"))
        Fixture.type(app, "skill")            // Torget lies in Skillingaryd
        let screen = Fixture.frame(app)
        #expect(screen.text.contains("› skill"))
        #expect(screen.text.contains("[ ] Torget · Skillingaryd"))
        #expect(!screen.text.contains("[ ] Resecentrum"))
        Fixture.press(app, .enter)
        #expect(Self.form(app)?.field("hotspots")?.chosen == ["torget"])
        #expect(Self.form(app)?.picker == nil)
        #expect(Fixture.frame(app).lines.contains { $0.contains("Platser:") && $0.contains("Torget") })
    }

    /// The typical round: two hot spots, two organisations, three checklist items, one line of notes.
    static let typicalRound: [KeyEvent] = {
        func typed(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }
        var keys: [KeyEvent] = [.character("n")]
        keys += typed("tor") + [.character(" ")]            // type-ahead, Space picks Torget
        keys += typed("res") + [.enter]                     // Enter picks Resecentrum and closes
        keys += [.tab] + typed("p2 k1")                     // polis 2, kommun 1
        keys += [.tab] + typed("135")                       // three checklist items
        keys += [.tab, .control("s")]                       // to the notes; save
        return keys
    }()
    static let note = "Lugnt vid torget, några ungdomar på Östra Ågatan"

    @Test func typicalRoundTakesAtMostFortyKeystrokesBesideTheNote() throws {
        let store = Fixture.store()
        let before = store.events.count
        let app = Self.app(store)
        // The note goes in after the last Tab, before Ctrl-S.
        var keys = Self.typicalRound
        keys.insert(contentsOf: Self.note.map { KeyEvent.character($0) }, at: keys.count - 1)
        for key in keys { _ = app.handle(key) }
        let counted = keys.count - Self.note.count
        #expect(counted == 21)
        #expect(counted <= 40)
        #expect(app.mode == .overview)
        #expect(store.events.count == before + 1)
        let event = try #require(store.events.last)
        #expect(event.action == .recorded)
        #expect(event.author == "ordförande@test")
        guard case .round(let r)? = event.record else { Issue.record("not a round"); return }
        #expect(r.hotSpots == ["torget", "resecentrum"])
        #expect(r.participants == [.polis: 2, .kommun: 1])
        #expect(r.observations == [.trasigBelysning, .nedskrapning, .berusning])
        #expect(r.notes == Self.note)
        #expect(r.date == Fixture.today)
        #expect(r.start == ClockTime("20:30") && r.end == ClockTime("21:30"))
        #expect(Fixture.frame(app).lines[23].contains("Rundan är sparad"))
        #expect(store.drafts().isEmpty)
    }

    @Test func savedRoundMovesTheRoundsCountByOne() {
        let store = Fixture.store()
        let app = Self.app(store)
        let rounds = { app.picture?.activities.first { $0.metric == .rounds }?.count ?? -1 }
        let before = rounds()
        for key in Self.typicalRound { _ = app.handle(key) }
        #expect(rounds() == before + 1)
    }

    @Test func validationShowsEveryProblemBesideItsFieldAndKeepsTheText() throws {
        let store = Fixture.store()
        let before = store.events.count
        let app = Self.app(store)
        Fixture.press(app, .character("n"), .backTab, .control("u"))   // to Slut, emptied
        Fixture.type(app, "18:00")                                      // before the start
        Fixture.press(app, .tab, .tab)                                  // past the hot spots (none)
        Fixture.type(app, "polis=två")
        Fixture.press(app, .tab, .tab)
        Fixture.type(app, "Möttes av Åsa, 811218-9876 på torget")
        Fixture.press(app, .function(2))
        #expect(store.events.count == before)
        let form = try #require(Self.form(app))
        #expect(form.field("end")?.error == "sluttiden ligger före starttiden (en runda över midnatt får vara högst 12 timmar)")
        #expect(form.field("hotspots")?.error == "välj minst en plats")
        #expect(form.field("participants")?.error?.contains("antalet ska vara ett heltal") == true)
        #expect(form.field("notes")?.error == "\"811218-9876\" ser ut som ett personnummer; lägesbilden handlar om platser, inte personer")
        #expect(form.value("notes") == "Möttes av Åsa, 811218-9876 på torget")
        #expect(form.value("participants") == "polis=två")
        let text = Fixture.frame(app).text
        #expect(text.contains("ser ut som ett personnummer"))
        #expect(text.contains("platser, inte personer"))
        #expect(text.contains("Möttes av Åsa"))
        #expect(text.contains("problem att rätta; allt du skrivit finns kvar"))
    }

    @Test func escAsksFirstWhenSomethingWasTyped() {
        let store = Fixture.store()
        let app = Self.app(store)
        Fixture.press(app, .character("n"), .escape)
        #expect(app.mode == .overview)          // nothing typed: closes at once
        Fixture.press(app, .character("n"), .tab, .tab, .tab)
        Fixture.type(app, "Öde")
        Fixture.press(app, .escape)
        #expect(app.mode == .entryForm)
        #expect(Fixture.frame(app).text.contains("Kasta det du skrivit?"))
        Fixture.press(app, .character("n"))     // no: back to the form, text kept
        #expect(Self.form(app)?.value("notes") == "Öde")
        Fixture.press(app, .escape, .character("j"))
        #expect(app.mode == .overview)
        #expect(store.drafts().isEmpty)
    }

    @Test func checklistTogglesWithDigitsSpaceAndArrows() throws {
        let app = Self.app()
        Fixture.press(app, .character("n"), .tab, .tab)
        Fixture.press(app, .character("2"), .character("2"), .right, .character(" "), .character("8"))
        let form = try #require(Self.form(app))
        #expect(form.field("observations")?.chosen == ["nedskrapning", "otrygg_miljo"])
        #expect(Fixture.frame(app).text.contains("[x] 3 nedskräpning"))
    }

    @Test func followUpsAreAddedWithEnterAndNeedAResponsible() throws {
        let store = Fixture.store()
        let app = Self.app(store)
        Fixture.press(app, .character("n"), .enter)
        Fixture.type(app, "hok")
        Fixture.press(app, .enter, .tab)
        Fixture.type(app, "polis 2")
        for _ in 0..<5 { Fixture.press(app, .tab) }
        Fixture.type(app, "Laga lampan vid busskuren / Kommunen")
        Fixture.press(app, .enter)
        Fixture.type(app, "Prata med fastighetsägaren")
        Fixture.press(app, .control("s"))
        let form = try #require(Self.form(app))
        #expect(form.field("followups")?.chosen == ["Laga lampan vid busskuren / Kommunen"])
        #expect(form.field("followups")?.error?.contains("skriv vad / ansvarig") == true)
        Fixture.type(app, " / Polisen")
        Fixture.press(app, .control("s"))
        #expect(app.mode == .overview)
        guard case .round(let r)? = store.events.last?.record else { Issue.record("no round"); return }
        #expect(r.followUps == [FollowUp(text: "Laga lampan vid busskuren", responsible: "Kommunen"),
                                FollowUp(text: "Prata med fastighetsägaren", responsible: "Polisen")])
        #expect(r.hotSpots == ["hok"])
    }

    @Test func interventionAndIncidentFormsSaveOneEventEach() throws {
        let store = Fixture.store()
        let before = store.events.count
        let app = Self.app(store)
        Fixture.press(app, .character("i"))
        Fixture.type(app, "trafik")
        Fixture.press(app, .enter, .tab)
        Fixture.type(app, "hok")
        Fixture.press(app, .enter, .tab, .tab, .tab)
        Fixture.type(app, "kontroller=40 rapporter=3")
        Fixture.press(app, .control("s"))
        guard case .intervention(let i)? = store.events.last?.record else { Issue.record("no intervention"); return }
        #expect(i.kind == .trafik && i.hotSpot == "hok" && i.organisation == .polis)
        #expect(i.results == ["kontroller": 40, "rapporter": 3])

        Fixture.press(app, .character("H"))
        Fixture.type(app, "rese")
        // Past the place and the position, both left empty.
        Fixture.press(app, .enter, .tab, .tab, .tab)
        Fixture.type(app, "klot")
        Fixture.press(app, .enter, .tab)
        Fixture.type(app, "skola")
        Fixture.press(app, .enter, .tab)
        Fixture.type(app, "Nytt klotter på perrongen")
        Fixture.press(app, .control("s"))
        guard case .incident(let n)? = store.events.last?.record else { Issue.record("no incident"); return }
        #expect(n.hotSpot == "resecentrum" && n.category == .klotter && n.source == .skola)
        #expect(n.time == Self.evening)
        #expect(store.events.count == before + 2)
    }

    @Test func lineEditorInTheFormHandlesSwedishAndWideCharacters() throws {
        let app = Self.app()
        Fixture.press(app, .character("n"), .tab, .tab, .tab)
        Fixture.type(app, "Östra Ågatan 日本")
        Fixture.press(app, .home, .delete, .end, .backspace, .left, .left)
        Fixture.type(app, "ä")
        #expect(Self.form(app)?.value("notes") == "stra Ågatanä 日")
        Fixture.press(app, .control("u"))
        #expect(Self.form(app)?.value("notes") == "")
    }

    @Test func helpOverlayListsEveryActionWhenScrolled() {
        let app = Self.app()
        Fixture.press(app, .character("?"))
        var text = Fixture.frame(app, cols: 100).text
        for _ in 0..<KeyMap.bindings.count {
            Fixture.press(app, .down)
            text += Fixture.frame(app, cols: 100).text
        }
        #expect(Fixture.frame(app).text.contains("Tangenter ↑"))
        for binding in KeyMap.bindings {
            #expect(text.contains(binding.keyLabel), "key \(binding.keyLabel)")
            #expect(text.contains(Language.sv(.dashboard(binding.label))), "label of \(binding.action)")
        }
    }
}

@Suite struct HotSpotPickerDetailTests {
    @Test func eachOtherNameOnceAndNeverTheNameItself() {
        let spot = HotSpot(id: "hok-centrum", name: "Hoks centrum", locality: "Hok", aliases: ["Hok", "hoks centrum", "torget"])
        #expect(EntryFieldSets.pickerDetail(spot) == "Hok, torget")
        let plain = HotSpot(id: "x", name: "Lekplatsen", locality: "Hok", aliases: ["Lekplatsen"])
        #expect(EntryFieldSets.pickerDetail(plain) == "Hok")
    }
}

@Suite struct UnfocusedFieldTests {
    @Test func aLongTextShowsItsBeginningWhenNotBeingTyped() {
        let notes = "Ungdomar vid ån, sedan lugnt vid bänkarna; skräp från fyrverkeriet, ölburkar på ängen, höga röster."
        var form = FormState(title: "Runda", fields: [
            FormField(key: "date", label: "Datum", value: "2023-11-20"),
            FormField(key: "notes", label: "Anteckningar", value: notes),
        ], focus: 1)
        let screen = GridScreen(rows: 12, cols: 60)
        FormView.draw(form, hint: "", in: Rect(row: 0, col: 0, height: 12, width: 60), on: screen)
        // Being typed in: the end, where the cursor is.
        #expect(screen.text.contains("höga röster."))
        form.focus = 0
        FormView.draw(form, hint: "", in: Rect(row: 0, col: 0, height: 12, width: 60), on: screen)
        let row = screen.lines.first { $0.contains("Anteckningar:") } ?? ""
        #expect(row.contains("Ungdomar vid ån"), "\(row)")
        #expect(row.contains("…"))
        #expect(!row.contains("höga röster."))
    }
}
