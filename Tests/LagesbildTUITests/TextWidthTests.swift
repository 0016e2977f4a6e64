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

    /// The table of Latin widths is glibc's; and texts made of pieces of known width (written
    /// out here, as a terminal shows them) measure the sum of their pieces.
    @Test func latinTableAndMixedTextsMeasureAsTheTerminalShowsThem() {
        for v in UInt32(0x80)..<0x300 {
            #expect(TextWidth.width(Unicode.Scalar(v)!) == TextWidth.wcwidth(v), "U+\(String(v, radix: 16))")
        }
        let pieces: [(String, Int)] = [("a", 1), ("å", 1), ("o\u{0308}", 1), ("日", 2), ("😀", 2), ("👩‍👩‍👧", 6),
                                       (" ", 1), ("\t", 0), ("é\u{0323}", 1), ("ß", 1), ("ﬁ", 1), ("\u{200B}", 0),
                                       ("©", 1), ("Ā", 1), ("ɐ", 1), ("\u{85}", 0), ("\u{0301}", 0)]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<2_000 {
            var text = "", expected = 0
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(seed >> 59) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                let (piece, width) = pieces[Int(seed >> 33) % pieces.count]
                text += piece
                expected += width
            }
            #expect(TextWidth.width(text) == expected, "\(Array(text.unicodeScalars))")
        }
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

    /// The byte check that lets most lines through untouched gives what replacing scalar by
    /// scalar gives, on texts mixing Swedish letters with every kind of character replaced
    /// and with harmless neighbours of their lead bytes (§ and ° start 0xC2, – and € 0xE2).
    @Test func untouchedLinesAreExactlyThoseWithNothingToReplace() {
        func reference(_ text: String) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                let v = scalar.value
                if v < 0x20 { out += "^" + String(Unicode.Scalar(UInt8(v + 0x40))) }
                else if v == 0x7F { out += "^?" }
                else if (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                            || [0x200E, 0x200F, 0x2028, 0x2029].contains(v) {
                    out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
                } else { out.unicodeScalars.append(scalar) }
            }
            return out
        }
        let alphabet: [String] = ["a", "Ö", "å", "e\u{301}", " ", "§", "°", "–", "€", "😀", "日", "\u{1B}", "\t", "\u{7F}",
                                  "\u{85}", "\u{9F}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{2028}", "\u{2013}",
                                  // The neighbours of every replaced sequence, let through, and its ends.
                                  "·", "\u{A0}", "−", "…", "\u{80}", "\u{200D}", "\u{200E}", "\u{2027}", "\u{2029}",
                                  "\u{202A}", "\u{202F}", "\u{2065}", "\u{2069}", "\u{206A}"]
        var seed: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<6_000 {
            var text = ""
            for _ in 0..<Int(seed % 12) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += alphabet[Int(seed >> 33) % alphabet.count]
            }
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            #expect(Array(TextWidth.sanitize(text).unicodeScalars) == Array(reference(text).unicodeScalars),
                    "\(Array(text.unicodeScalars))")
        }
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
