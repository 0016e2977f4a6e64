import Testing
@testable import LagesbildTUI

@Suite struct TextWidthTests {
    @Test func widthsAgreeWithWcwidth() {
        #expect(TextWidth.width("å") == 1)
        #expect(TextWidth.width("åäö ÅÄÖ") == 7)
        #expect(TextWidth.width("o\u{0308}") == 1)        // decomposed ö: a combining mark adds nothing
        #expect(TextWidth.width("e\u{0301}\u{0323}") == 1)
        #expect(TextWidth.width("日") == 2)
        #expect(TextWidth.width("日本") == 4)
        #expect(TextWidth.width("😀") == 2)
        #expect(TextWidth.width("Lägesbild – Trygghetsrundor") == 27)
    }

    @Test func truncatesByColumnsKeepingGraphemesWhole() {
        #expect(TextWidth.truncate("Trygghetsrundor åäö", to: 10) == "Trygghets…")
        #expect(TextWidth.truncate("åäö", to: 3) == "åäö")
        #expect(TextWidth.truncate("Hoksjöns strand", to: 10) == "Hoksjöns…")
        // 日 takes two cells: with two cells for text and one for the ellipsis, the second 日 is left out.
        #expect(TextWidth.truncate("日日日", to: 4) == "日…")
        #expect(TextWidth.width(TextWidth.truncate("😀😀😀", to: 4)) <= 4)
        #expect(TextWidth.truncate("abc", to: 0) == "")
        #expect(TextWidth.pad("ö", to: 3) == "ö  ")
        #expect(TextWidth.padLeft("日", to: 3) == " 日")
        #expect(TextWidth.suffix("▁▂▃▄", columns: 2) == "▃▄")
    }

    @Test func sanitizesControlCharacters() {
        #expect(TextWidth.sanitize("\u{1B}[31mröd") == "^[[31mröd")
        #expect(TextWidth.sanitize("a\tb\nc") == "a^Ib^Jc")
        #expect(TextWidth.sanitize("x\u{7F}") == "x^?")
        #expect(TextWidth.sanitize("\u{202E}abc") == "\\u{202E}abc")
        #expect(TextWidth.sanitize("\u{9B}") == "\\u{9B}")
        #expect(TextWidth.sanitize("Östra Ågatan 日") == "Östra Ågatan 日")
    }

    @Test func gridKeepsPanelEdgesWithWideCharacters() {
        let grid = GridScreen(rows: 3, cols: 12)
        grid.box(Rect(row: 0, col: 0, height: 3, width: 12))
        grid.put("日本😀åö", row: 1, col: 1, width: 10)
        #expect(grid.line(1) == "│日本😀åö  │")
        grid.put("日本語日本語", row: 1, col: 1, width: 10)
        #expect(grid.line(1).hasSuffix("│"))
        #expect(TextWidth.width(grid.line(1)) == 12)
    }
}
