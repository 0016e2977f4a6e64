import Foundation
import Testing
import LagesbildCore
@testable import LagesbildTUI

/// Nothing typed is lost: every change is kept as a draft, and the next start offers it.
@Suite struct EntryDraftTests {
    @Test func everyChangeIsKeptAsADraftOfWhatWasTyped() throws {
        let store = Fixture.store()
        let app = EntryFormTests.app(store)
        Fixture.press(app, .character("n"))
        #expect(store.drafts().isEmpty)               // nothing typed yet
        Fixture.type(app, "tor")
        Fixture.press(app, .enter, .tab)
        Fixture.type(app, "polis=två")                // invalid, and kept as typed
        let saved = try #require(store.drafts().first)
        #expect(saved.name.hasPrefix("round-"))
        let draft = try #require(EntryDraft.decode(saved.contents))
        #expect(draft.fields.chosen("hotspots") == ["torget"])
        #expect(draft.fields.text("participants") == "polis=två")
        #expect(draft.focus == 4)
        Fixture.press(app, .backspace)
        #expect(EntryDraft.decode(store.drafts()[0].contents)?.fields.text("participants") == "polis=tv")
    }

    @Test func theNextStartOffersTheDraftAndResumesItWhole() throws {
        let store = Fixture.store()
        let first = EntryFormTests.app(store)
        Fixture.press(first, .character("n"))
        Fixture.type(first, "tor")
        Fixture.press(first, .enter, .tab)
        Fixture.type(first, "p2")
        Fixture.press(first, .tab, .tab)
        Fixture.type(first, "Trasig lampa vid Ågatan")
        // The terminal closes here: the app is gone, the draft stays.

        let second = EntryFormTests.app(store)
        guard case .resumeOffer(let draft) = second.mode else { Issue.record("no offer: \(second.mode)"); return }
        #expect(draft.kind == .round)
        let screen = Fixture.frame(second)
        #expect(screen.text.contains("Ett osparat utkast finns: trygghetsrunda 2023-11-20 · Torget · “Trasig"))
        #expect(screen.text.contains("lampa vid Ågatan”"))
        #expect(screen.text.contains("Enter/j fortsätt med utkastet"))
        Fixture.press(second, .enter)
        let form = try #require(second.entry?.form)
        #expect(form.value("notes") == "Trasig lampa vid Ågatan")
        #expect(form.value("participants") == "p2")
        #expect(form.field("hotspots")?.chosen == ["torget"])
        #expect(form.fields[form.focus].key == "notes")
        Fixture.press(second, .control("s"))
        #expect(second.mode == .overview)
        #expect(store.drafts().isEmpty)              // discarded after the save
        guard case .round(let r)? = store.events.last?.record else { Issue.record("no round"); return }
        #expect(r.id == draft.recordID)
    }

    @Test func aDraftCanBeDiscardedOrLeftForLater() {
        let store = Fixture.store()
        let first = EntryFormTests.app(store)
        Fixture.press(first, .character("n"), .tab, .character("p"))
        #expect(store.drafts().count == 1)
        let later = EntryFormTests.app(store)
        Fixture.press(later, .escape)
        #expect(later.mode == .overview)
        #expect(store.drafts().count == 1)
        #expect(Fixture.frame(later).lines[23].contains("Utkastet finns kvar"))
        let third = EntryFormTests.app(store)
        Fixture.press(third, .character("x"))
        #expect(third.mode == .overview)
        #expect(store.drafts().isEmpty)
    }

    @Test func theStandaloneFormOffersDraftsAndFinishesAfterASave() throws {
        let store = Fixture.store()
        let first = EntryApp(kind: .round, plan: Fixture.plan, sink: store, drafts: store, language: .sv,
                             today: Fixture.today, now: EntryFormTests.evening)
        #expect(first.phase == .form)
        for ch in "tor" { first.handle(.character(ch)) }
        first.handle(.enter)
        let second = EntryApp(kind: .round, plan: Fixture.plan, sink: store, drafts: store, language: .sv,
                              today: Fixture.today, now: EntryFormTests.evening)
        guard case .offer = second.phase else { Issue.record("no offer"); return }
        let screen = GridScreen(rows: 24, cols: 80)
        second.render(on: screen)
        #expect(screen.text.contains("Ett osparat utkast finns"))
        second.handle(.character("j"))
        second.handle(.tab)
        for ch in "kommun=2" { second.handle(.character(ch)) }
        second.handle(.function(2))
        guard case .finished(let saved?) = second.phase, case .round(let r)? = saved.record else {
            Issue.record("not saved: \(second.phase)"); return
        }
        #expect(r.hotSpots == ["torget"])
        #expect(r.participants == [.kommun: 2])
        #expect(store.drafts().isEmpty)
    }
}
