/// Large figures for a screen read from across the room: each character is a 3×5 grid
/// of pixels, a pixel drawn as `█`. A scale widens and heightens the pixels; widening by
/// two for each row of height keeps the digits' proportions, since terminal cells are
/// about twice as tall as wide.
public enum BlockDigits {
    public static let glyphWidth = 3
    public static let glyphHeight = 5
    /// Blank pixel columns between two characters.
    public static let gap = 1

    private static let font: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"],
        "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"],
        "3": ["###", "..#", ".##", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"],
        "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"],
        "7": ["###", "..#", ".#.", ".#.", ".#."],
        "8": ["###", "#.#", "###", "#.#", "###"],
        "9": ["###", "#.#", "###", "..#", "###"],
        "/": ["..#", "..#", ".#.", "#..", "#.."],
        "-": ["...", "...", "###", "...", "..."],
        ":": ["...", ".#.", "...", ".#.", "..."],
        " ": ["...", "...", "...", "...", "..."],
    ]

    /// True when every character of `text` has a glyph.
    public static func canDraw(_ text: String) -> Bool { !text.isEmpty && text.allSatisfy { font[$0] != nil } }

    /// Cells across that `text` takes at a horizontal scale.
    public static func width(_ text: String, scaleX: Int = 1) -> Int {
        guard !text.isEmpty else { return 0 }
        return (text.count * (glyphWidth + gap) - gap) * scaleX
    }

    public static func height(scaleY: Int = 1) -> Int { glyphHeight * scaleY }

    /// The rows of the big text, each exactly `width(text, scaleX:)` cells, blank pixels as spaces.
    public static func lines(_ text: String, scaleX: Int = 1, scaleY: Int = 1) -> [String] {
        let glyphs = text.map { font[$0] ?? font[" "]! }
        var out: [String] = []
        for pixelRow in 0..<glyphHeight {
            var line = ""
            for (i, glyph) in glyphs.enumerated() {
                if i > 0 { line += String(repeating: " ", count: gap * scaleX) }
                for pixel in glyph[pixelRow] {
                    line += String(repeating: pixel == "#" ? "█" : " ", count: scaleX)
                }
            }
            out += Array(repeating: line, count: scaleY)
        }
        return out
    }

    public static func draw(_ text: String, row: Int, col: Int, scaleX: Int = 1, scaleY: Int = 1,
                            role: StyleRole, on screen: Screen) {
        for (offset, line) in lines(text, scaleX: scaleX, scaleY: scaleY).enumerated() {
            screen.put(line, row: row + offset, col: col, width: TextWidth.width(line), role: role)
        }
    }
}
