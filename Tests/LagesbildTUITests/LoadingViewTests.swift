import Testing
import LagesbildCore
@testable import LagesbildTUI

@Suite struct LoadingViewTests {
    @Test func saysItIsReadingBeforeAnyProgress() {
        let screen = GridScreen(rows: 24, cols: 80)
        LoadingView.draw(nil, language: .sv, on: screen)
        #expect(screen.text.contains("Läser datamappen …"))
        #expect(!screen.text.contains("%"))
    }

    @Test func aLargeReadShowsItsPercentageAndBar() {
        let screen = GridScreen(rows: 24, cols: 80)
        let total = 350 << 20
        LoadingView.draw(LoadProgress(bytesRead: total * 45 / 100, bytesTotal: total), language: .sv, on: screen)
        #expect(screen.text.contains("Läser journaler: 45 % (157 av 350 MB)"))
        let bar = screen.lines.first { $0.contains("▓") }?.trimmingCharacters(in: .whitespaces) ?? ""
        #expect(bar.count == 40)
        #expect(bar.filter { $0 == "▓" }.count == 18)

        LoadingView.draw(LoadProgress(bytesRead: total, bytesTotal: total), language: .en, on: screen)
        #expect(screen.text.contains("Reading journals: 100 % (350 of 350 MB)"))
        #expect(!screen.text.contains("Läser"))
    }

    @Test func aSmallReadShowsNoPercentage() {
        let screen = GridScreen(rows: 24, cols: 80)
        LoadingView.draw(LoadProgress(bytesRead: 1 << 20, bytesTotal: 2 << 20), language: .sv, on: screen)
        #expect(!screen.text.contains("%"))
    }

    @Test func fitsANarrowTerminal() {
        let screen = GridScreen(rows: 5, cols: 20)
        LoadingView.draw(LoadProgress(bytesRead: 10 << 20, bytesTotal: 100 << 20), language: .sv, on: screen)
        #expect(screen.lines.allSatisfy { TextWidth.width($0) <= 20 })
        #expect(screen.text.contains("Läser journaler"))
    }
}
