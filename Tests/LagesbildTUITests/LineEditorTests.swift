import Testing
@testable import LagesbildTUI

@Suite struct LineEditorTests {
    func edit(_ keys: [KeyEvent], from text: String = "") -> LineEditor {
        var e = LineEditor(text)
        for k in keys { e.handle(k) }
        return e
    }

    @Test func typesSwedishAndWideCharacters() {
        let e = edit("Östra Ågatan 日😀".map { .character($0) })
        #expect(e.text == "Östra Ågatan 日😀")
        #expect(e.cursor == 15)
    }

    @Test func decomposedLetterIsOneStep() {
        var e = edit([.character("o"), .character("\u{0308}")])
        #expect(e.text == "o\u{0308}")
        #expect(e.cursor == 1)
        e.handle(.backspace)
        #expect(e.text == "")
    }

    @Test func cursorMovesAndDeletes() {
        var e = LineEditor("Vaggeryd")
        e.handle(.home)
        e.handle(.delete)
        #expect(e.text == "aggeryd")
        e.handle(.character("V"))
        e.handle(.end)
        e.handle(.backspace)
        #expect(e.text == "Vaggery")
        e.handle(.left)
        e.handle(.character("å"))
        #expect(e.text == "Vaggeråy")
        e.handle(.control("u"))
        #expect(e.text == "" && e.cursor == 0)
    }

    @Test func visibleWindowFollowsCursorInColumns() {
        let e = LineEditor("日本日本日本")
        let v = e.visible(width: 6)
        #expect(TextWidth.width(v.text) <= 6)
        #expect(v.cursorColumn <= 5)
        #expect(LineEditor("å\u{1B}").visible(width: 10).text == "å^[")
    }
}
