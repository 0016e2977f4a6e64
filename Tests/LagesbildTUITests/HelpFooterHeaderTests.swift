import Testing
import LagesbildCore
@testable import LagesbildTUI

/// What the help overlay says and does match the keys that work: the page keys it lists
/// scroll it.
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
}
