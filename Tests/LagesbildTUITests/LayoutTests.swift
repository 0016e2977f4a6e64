import Testing
import LagesbildCore
@testable import LagesbildTUI

@Suite struct LayoutTests {
    @Test func standardSize() throws {
        guard case .dashboard(let f) = Layout.compute(rows: 24, cols: 80) else { Issue.record("too small"); return }
        #expect(f.header == Rect(row: 0, col: 0, height: 1, width: 80))
        #expect(f.footer == Rect(row: 23, col: 0, height: 1, width: 80))
        #expect(f.panels.map(\.width) == [29, 28, 23])
        #expect(f.panels.map(\.col) == [0, 29, 57])
        #expect(f.panels.allSatisfy { $0.row == 1 && $0.height == 22 })
    }

    @Test func largeSize() {
        guard case .dashboard(let f) = Layout.compute(rows: 40, cols: 120) else { Issue.record("too small"); return }
        #expect(f.panels.map(\.width) == [46, 40, 34])
        #expect(f.panels.last?.right == 120)
        #expect(f.footer.row == 39)
    }

    @Test func belowMinimumShowsMessage() {
        #expect(Layout.compute(rows: 24, cols: 79) == .tooSmall(cols: 79, rows: 24))
        #expect(Layout.compute(rows: 23, cols: 80) == .tooSmall(cols: 80, rows: 23))
        let app = Fixture.app()
        let small = Fixture.frame(app, rows: 15, cols: 60)
        #expect(small.text.contains("Fönstret är för litet (60×15)"))
        #expect(small.text.contains("80×24"))
        #expect(!small.text.contains("Hot spots"))
        // Tiny sizes do not crash either.
        _ = Fixture.frame(app, rows: 1, cols: 1)
        _ = Fixture.frame(app, rows: 3, cols: 10)
    }

    @Test func resizeRelaysOutAtOnce() {
        let app = Fixture.app()
        let screen = GridScreen(rows: 24, cols: 80)
        app.render(on: screen)
        screen.resize(rows: 40, cols: 120)
        Fixture.press(app, .resize)
        app.render(on: screen)
        #expect(screen.line(1).hasPrefix("┌─ Fokusområden"))
        #expect(screen.line(1).count == 120)
        screen.resize(rows: 10, cols: 40)
        app.render(on: screen)
        #expect(screen.text.contains("för litet"))
    }
}
