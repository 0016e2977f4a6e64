import Testing
import LagesbildCore
@testable import LagesbildTUI

/// What the help overlay, the footer, the header and the questions say and do match the
/// keys that work: the page keys the overlay lists scroll it, ← is named with →, the week
/// is named once, and the English questions name y.
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
        for _ in 0..<(limit / app.helpPage + 2) { Fixture.press(app, .pageDown) }
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

    // MARK: The English questions name y

    @Test func theEnglishDiscardQuestionNamesYAndYDiscards() throws {
        let app = EntryFormTests.app(language: .en)
        Fixture.press(app, .character("n"))
        Fixture.type(app, "tor")
        Fixture.press(app, .enter, .escape)
        let screen = Fixture.frame(app).text
        #expect(screen.contains("Throw away what you typed? y = yes · n = no, go on"))
        #expect(!screen.contains("j = yes"))
        Fixture.press(app, .character("y"))
        #expect(app.entry == nil)
        #expect(app.mode == .overview)
    }

    @Test func theSwedishDiscardQuestionStillTakesJAndY() throws {
        for yes in ["j", "y"] {
            let app = EntryFormTests.app()
            Fixture.press(app, .character("n"))
            Fixture.type(app, "tor")
            Fixture.press(app, .enter, .escape)
            #expect(Fixture.frame(app).text.contains("Kasta det du skrivit? j = ja, kasta · n = nej, fortsätt"))
            Fixture.press(app, .character(Character(yes)))
            #expect(app.entry == nil)
        }
    }

    @Test func theEnglishDraftOfferNamesY() throws {
        let store = Fixture.store()
        let first = EntryFormTests.app(store, language: .en)
        Fixture.press(first, .character("n"))
        Fixture.type(first, "tor")
        Fixture.press(first, .enter)

        let second = EntryFormTests.app(store, language: .en)
        guard case .resumeOffer = second.mode else { Issue.record("no offer: \(second.mode)"); return }
        let screen = Fixture.frame(second)
        #expect(screen.text.contains("Enter/y continue the draft"))
        #expect(screen.lines[23].hasPrefix(" y yes / resume draft"))
        Fixture.press(second, .character("y"))
        #expect(second.entry != nil)
        // In Swedish the footer keeps j.
        #expect(FooterBar.hints(scope: .prompt, language: .sv, width: 80).first?.key == "j")
    }
}

@Suite struct HelpLegendTests {
    @Test func helpExplainsEveryMarkInOneLine() {
        for language in Language.allCases {
            let text = HelpOverlay.lines(language: language).map(\.text)
            #expect(text.contains { $0.hasPrefix("▲ ▼") } && text.contains { $0.hasPrefix("≈ =") })
            #expect(text.contains { $0.hasPrefix("!") } && text.contains { $0.hasPrefix("+") })
        }
        let app = Fixture.app()
        Fixture.press(app, .character("?"))
        var seen = Fixture.frame(app).text
        for _ in 0..<40 { Fixture.press(app, .down); seen += Fixture.frame(app).text }
        #expect(seen.contains("ökning, minskning: mer än slumpen (test 5 %)"))
    }
}
