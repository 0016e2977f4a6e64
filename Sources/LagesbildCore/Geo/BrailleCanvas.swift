/// A grid of terminal cells drawn with Braille dots, 2 × 4 dots a cell: eight times the
/// detail of whole characters, which is what lets an outline read as a shape at 80 × 24.
/// Dot (x, y) counts from the top-left; x runs 0..<2·columns, y 0..<4·rows.
public struct BrailleCanvas: Sendable, Equatable {
    public let columns: Int
    public let rows: Int
    /// One byte a cell: the Braille pattern's eight dots (bit order of U+2800).
    public private(set) var cells: [UInt8]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        cells = Array(repeating: 0, count: self.columns * self.rows)
    }

    public var dotWidth: Int { columns * 2 }
    public var dotHeight: Int { rows * 4 }

    /// The bit of dot (dx, dy) inside its cell, as Unicode numbers Braille dots 1–8.
    private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    public mutating func set(_ x: Int, _ y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        cells[(y / 4) * columns + x / 2] |= BrailleCanvas.bits[x % 2][y % 4]
    }

    public func isSet(_ x: Int, _ y: Int) -> Bool {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return false }
        return cells[(y / 4) * columns + x / 2] & BrailleCanvas.bits[x % 2][y % 4] != 0
    }

    public func pattern(column: Int, row: Int) -> UInt8 { cells[row * columns + column] }

    /// A straight line of dots between two dot positions (Bresenham); ends may lie outside.
    public mutating func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) {
        // Clip far-away ends first, so a zoomed-in map does not walk millions of dots.
        let limit = Double(max(dotWidth, dotHeight) * 4 + 16)
        guard let (a, b) = BrailleCanvas.clip(x0, y0, x1, y1, limit: limit) else { return }
        var x = Int(a.0.rounded(.down)), y = Int(a.1.rounded(.down))
        let xEnd = Int(b.0.rounded(.down)), yEnd = Int(b.1.rounded(.down))
        let dx = abs(xEnd - x), dy = -abs(yEnd - y)
        let sx = x < xEnd ? 1 : -1, sy = y < yEnd ? 1 : -1
        var err = dx + dy
        while true {
            set(x, y)
            if x == xEnd && y == yEnd { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
    }

    /// Cuts a segment to the square −limit…limit (Liang–Barsky); nil when it lies outside.
    static func clip(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, limit: Double)
        -> ((Double, Double), (Double, Double))? {
        var t0 = 0.0, t1 = 1.0
        let dx = x1 - x0, dy = y1 - y0
        for (p, q) in [(-dx, x0 + limit), (dx, limit - x0), (-dy, y0 + limit), (dy, limit - y0)] {
            if p == 0 { if q < 0 { return nil }; continue }
            let r = q / p
            if p < 0 { if r > t1 { return nil }; t0 = max(t0, r) } else { if r < t0 { return nil }; t1 = min(t1, r) }
        }
        return ((x0 + t0 * dx, y0 + t0 * dy), (x0 + t1 * dx, y0 + t1 * dy))
    }

    /// The edges of each ring, closed.
    public mutating func stroke(_ rings: [[(Double, Double)]]) {
        for ring in rings where ring.count >= 2 {
            for i in ring.indices {
                let a = ring[i], b = ring[(i + 1) % ring.count]
                line(a.0, a.1, b.0, b.1)
            }
        }
    }

    /// Every dot whose centre lies inside the rings by the even–odd rule, so a hole (a ring
    /// inside the outer one) stays empty.
    public mutating func fill(_ rings: [[(Double, Double)]]) {
        for y in 0..<dotHeight {
            let cy = Double(y) + 0.5
            var crossings: [Double] = []
            for ring in rings where ring.count >= 3 {
                for i in ring.indices {
                    let a = ring[i], b = ring[(i + 1) % ring.count]
                    if (a.1 > cy) != (b.1 > cy) { crossings.append(a.0 + (cy - a.1) / (b.1 - a.1) * (b.0 - a.0)) }
                }
            }
            crossings.sort()
            var k = 0
            while k + 1 < crossings.count {
                // Dots whose centre x + 0.5 lies between the pair.
                let from = max(0, Int((crossings[k] - 0.5).rounded(.up)))
                let to = min(dotWidth - 1, Int((crossings[k + 1] - 0.5).rounded(.up)) - 1)
                if from <= to { for x in from...to { set(x, y) } }
                k += 2
            }
        }
    }

    /// The cell as a character: the Braille pattern, or without UTF-8 an ASCII stand-in
    /// (`'` dots above, `.` below, `:` both); nil for an empty cell.
    public func character(column: Int, row: Int, unicode: Bool) -> Character? {
        let p = pattern(column: column, row: row)
        guard p != 0 else { return nil }
        if unicode { return Character(Unicode.Scalar(0x2800 + UInt32(p))!) }
        let top = p & 0x1B != 0, bottom = p & 0xE4 != 0
        return top && bottom ? ":" : (top ? "'" : ".")
    }

    /// Each row as text, a space for an empty cell.
    public func lines(unicode: Bool) -> [String] {
        (0..<rows).map { r in String((0..<columns).map { character(column: $0, row: r, unicode: unicode) ?? " " }) }
    }
}
