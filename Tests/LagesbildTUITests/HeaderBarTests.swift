import Testing
import LagesbildCore
@testable import LagesbildTUI

@Suite struct HeaderBarTests {
    let title = "Lägesbild · Vaggeryd 2023 · 2023 T3 sep–dec · v.47"

    @Test func aLongFilterNeverHidesThePeriod() {
        let screen = GridScreen(rows: 1, cols: 80)
        HeaderBar.draw(title: title, note: "filter: Förebygga våldsbrott – särskilt mäns våld mot kvinnor", clock: "16:05",
                       in: Rect(row: 0, col: 0, height: 1, width: 80), on: screen)
        let line = screen.lines[0]
        #expect(line.contains(title), "\(line)")
        #expect(line.contains("filter: Förebygga"))
        #expect(line.contains("…"))
        #expect(line.hasSuffix("16:05"))
        #expect(TextWidth.width(line) <= 80)
    }

    @Test func aShortNoteShowsWhole() {
        let screen = GridScreen(rows: 1, cols: 80)
        HeaderBar.draw(title: title, note: "🔒", clock: "16:05", in: Rect(row: 0, col: 0, height: 1, width: 80), on: screen)
        #expect(screen.lines[0].contains(title + " "))
        #expect(screen.lines[0].contains("🔒  16:05"))
    }
}
