import Testing
import LagesbildCore
@testable import LagesbildTUI

/// What the help overlay, the footer and the header say and do match the keys that work:
/// the page keys the overlay lists scroll it, ← is named with →, the week is named once.
@Suite struct HelpFooterHeaderTests {
    // MARK: The help overlay scrolls with the keys it lists

    @Test func helpOverlayScrollsByPageAndToEitherEnd() {
        let app = Fixture.app()
        Fixture.press(app, .character("?"))
        _ = Fixture.frame(app)                       // the body's size is known from the first frame
        let limit = app.helpMaxScroll
        #expect(limit > app.helpPage)                // at 80×24 the keys take more than two pages

        Fixture.press(app, .pageDown)
        #expect(app.mode == .help(scroll: app.helpPage))
        Fixture.press(app, .pageDown, .pageDown, .pageDown)
        #expect(app.mode == .help(scroll: limit))    // stops at the end
        Fixture.press(app, .pageUp)
        #expect(app.mode == .help(scroll: limit - app.helpPage))
        Fixture.press(app, .home)
        #expect(app.mode == .help(scroll: 0))
        Fixture.press(app, .end)
        #expect(app.mode == .help(scroll: limit))
        // The last page shows the last line and says nothing more follows.
        let last = Fixture.frame(app).text
        #expect(last.contains("Esc eller ? stänger"))
        #expect(last.contains("Tangenter ↑ ─"))
        Fixture.press(app, .character("g"))
        #expect(app.mode == .help(scroll: 0))
        #expect(Fixture.frame(app).text.contains("Tangenter ↓ ─"))
        Fixture.press(app, .character("G"))
        #expect(app.mode == .help(scroll: limit))
        Fixture.press(app, .escape)
        #expect(app.mode == .overview)
    }

    // MARK: Footer

    @Test(arguments: [Language.sv, .en])
    func theFooterNamesBothPeriodArrows(_ language: Language) {
        let footer = Fixture.frame(Fixture.app(language: language)).lines[23]
        #expect(footer.contains("  ←→ period  "))
        #expect(!footer.contains(" → period"))
        // ← really changes the period, as the hint says.
        let app = Fixture.app(language: language)
        Fixture.press(app, .left)
        #expect(app.period == Fixture.tertial3.previous)
    }

    // MARK: Header

    @Test(arguments: [(Language.sv, "2023 v.47"), (.en, "2023 w.47")])
    func theWeekViewNamesTheWeekOnce(_ language: Language, _ week: String) {
        let app = Fixture.app(language: language, period: Period("2023-W47")!)
        let header = Fixture.frame(app).lines[0]
        #expect(header.contains("2023 · " + week))
        #expect(header.components(separatedBy: week.split(separator: " ")[1]).count == 2, "\(header)")
        // Any other period still says which week the picture is taken in.
        Fixture.press(app, .character("p"))
        #expect(Fixture.frame(app).lines[0].lowercased().contains("sep–dec · " + week.split(separator: " ")[1]))
    }
}
