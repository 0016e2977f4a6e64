import Testing
import LagesbildCore
@testable import LagesbildTUI

/// Each view's footer names the keys that work there.
@Suite struct FooterContextTests {
    func footer(_ app: DashboardApp) -> String { Fixture.frame(app).lines[23] }

    @Test func theReportViewOffersSaveAndBack() {
        let app = Fixture.app()
        Fixture.press(app, .character("r"))
        let line = footer(app)
        #expect(line.contains("s spara rapporten"), "\(line)")
        #expect(line.contains("Esc tillbaka"))
        #expect(!line.contains("n runda"))
    }

    @Test func aRoundOffersCorrectAndVoidUntilVoided() throws {
        let app = EntryFormTests.app()
        _ = Fixture.frame(app)
        Fixture.press(app, .end, .enter)
        #expect(footer(app).contains("Enter visa"))
        #expect(footer(app).contains("Esc tillbaka"))
        Fixture.press(app, .enter)
        let line = footer(app)
        #expect(line.contains("e rätta runda") && line.contains("d makulera runda"), "\(line)")
    }

    @Test func theOverviewKeepsItsOwnHints() {
        let app = Fixture.app()
        #expect(footer(app).contains("n runda"))
    }
}
