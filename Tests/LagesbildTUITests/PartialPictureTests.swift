import LagesbildCore
import Testing
@testable import LagesbildTUI

/// A journal that cannot be read is named wherever numbers are shown: never a silently
/// partial picture.
@Suite struct PartialPictureTests {
    static let problem = Diagnostic(.error, file: "journal/kollega@server.jsonl", .unreadable("Permission denied"))

    @Test func theDashboardSaysSoInTheHeaderAndListsTheFilesInHelp() {
        let store = Fixture.store()
        store.diagnostics = [Self.problem]
        let app = Fixture.app(store)
        #expect(Fixture.frame(app).lines[0].contains("⚠ 1 fil oläslig (?)"))
        Fixture.press(app, .character("?"))
        let text = Fixture.frame(app).text
        #expect(text.contains("⚠ 1 fil kan inte läsas – bilden är ofullständig"))
        #expect(text.contains("journal/kollega@server.jsonl: fel: kan inte läsas: Permission denied"))
        // Readable again: the warning goes.
        store.diagnostics = []
        Fixture.press(app, .escape, .timeout)
        #expect(!Fixture.frame(app).lines[0].contains("oläslig"))
    }

    @Test func theWallSaysSoOnEveryPage() {
        let store = Fixture.store()
        store.diagnostics = [Self.problem]
        for page in WallPage.allCases {
            let wall = WallApp(source: store, options: WallOptions(today: Fixture.today, period: Fixture.tertial3, rotateSeconds: 0,
                                                                  pages: [page], color: false), now: WallTests.at(0))
            #expect(WallTests.frame(wall).lines[0].contains("⚠ 1 fil oläslig"), "\(page)")
        }
    }
}
