import LagesbildCore
import Testing
@testable import LagesbildTUI

/// While "Fönstret är för litet" replaces the view, keys must not act on a form or a list
/// nobody can see: only a resize, `q`/Ctrl-C (asking first when something was typed) and
/// the answer to that question act.
@Suite struct HiddenViewTests {
    static func tiny(_ render: (Screen) -> Void) -> GridScreen {
        let screen = GridScreen(rows: 15, cols: 60)
        render(screen)
        return screen
    }

    @Test func theRoundFormIgnoresTypingAndSavingWhileHidden() {
        let store = Fixture.store()
        let count = store.events.count
        let app = EntryApp(kind: .round, plan: Fixture.plan, sink: store, drafts: store, language: .sv,
                           today: Fixture.today, now: EntryFormTests.evening)
        for ch in "tor" { app.handle(.character(ch)) }
        app.handle(.enter)
        let before = app.session!.form
        let screen = Self.tiny { app.render(on: $0) }
        #expect(screen.text.contains("Fönstret är för litet (60×15)"))
        for key: KeyEvent in [.character(" "), .character("X"), .control("s"), .function(2), .tab, .enter] { app.handle(key) }
        #expect(app.phase == .form)
        #expect(store.events.count == count)
        #expect(app.session!.form == before)
        // q asks, shown on the small screen; n keeps the form, q then j throws it away.
        app.handle(.character("q"))
        #expect(Self.tiny { app.render(on: $0) }.text.contains("Kasta det du skrivit?"))
        app.handle(.character("n"))
        #expect(app.phase == .form && app.session!.form.value("hotspots") == before.value("hotspots"))
        app.handle(.character("q"))
        app.handle(.character("j"))
        #expect(app.phase == .finished(saved: nil))
        #expect(store.events.count == count)
    }

    @Test func theDashboardDropsKeysWhileHiddenAndQuitsOnQ() {
        let app = Fixture.app()
        _ = Self.tiny { app.render(on: $0) }
        let period = app.period
        for key: KeyEvent in [.left, .character("n"), .character("m"), .enter] { #expect(app.handle(key)) }
        #expect(app.period == period && app.entry == nil && app.mode == .overview)
        #expect(app.handle(.character("q")) == false)
    }

    @Test func aFormOpenInTheDashboardIsNotSavedWhileHidden() {
        let store = Fixture.store()
        let app = Fixture.app(store)
        _ = app.handle(.character("n"))
        for ch in "tor" { _ = app.handle(.character(ch)) }
        _ = Self.tiny { app.render(on: $0) }
        let count = store.events.count
        _ = app.handle(.control("s"))
        _ = app.handle(.function(2))
        #expect(store.events.count == count && app.entry != nil)
        // Back to a usable size: the form is there as it was, and saves.
        let big = GridScreen(rows: 24, cols: 80)
        app.render(on: big)
        #expect(big.text.contains("Ny trygghetsrunda"))
    }
}
