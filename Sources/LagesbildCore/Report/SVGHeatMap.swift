/// The weekday × hour matrix as an inline SVG heat map: one cell per weekday and hour,
/// darker by share of the busiest cell, each with its count as a tooltip; weekday names on
/// the left, every third hour along the top.
public struct SVGHeatMap: Sendable {
    public var title: String
    public var matrix: TimeMatrix
    public var weekdays: [String]

    public init(title: String, matrix: TimeMatrix, weekdays: [String]) {
        self.title = title
        self.matrix = matrix
        self.weekdays = weekdays
    }

    static let left = 44.0, top = 18.0, cell = 26.0, rowHeight = 22.0

    public func render() -> String {
        let width = Self.left + 24 * Self.cell + 4, height = Self.top + 7 * Self.rowHeight + 4
        let largest = max(1, matrix.largest)
        var w = MarkupWriter()
        w.within("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(SVG.n(width)) \(SVG.n(height))"),
                         ("role", "img"), ("font-family", "sans-serif"), ("font-size", "10")]) { w in
            w.element("title", [], title)
            for hour in stride(from: 0, to: 24, by: 3) {
                w.element("text", [("x", SVG.n(Self.left + Double(hour) * Self.cell + 2)), ("y", "12")], Day.pad(hour, 2))
            }
            for day in 0..<7 {
                let y = Self.top + Double(day) * Self.rowHeight
                w.element("text", [("x", SVG.n(Self.left - 6)), ("y", SVG.n(y + 15)), ("text-anchor", "end")], weekdays[day])
                for hour in 0..<24 {
                    let count = matrix.counts[day][hour]
                    let share = Double(count) / Double(largest)
                    let fill = count == 0 ? "#f2f4f7" : "#b71c1c"
                    let opacity = count == 0 ? "1" : SVG.n(0.15 + 0.85 * share)
                    w.within("rect", [("x", SVG.n(Self.left + Double(hour) * Self.cell)), ("y", SVG.n(y)),
                                      ("width", SVG.n(Self.cell - 2)), ("height", SVG.n(Self.rowHeight - 2)),
                                      ("fill", fill), ("fill-opacity", opacity)]) { w in
                        w.element("title", [], "\(weekdays[day]) \(Day.pad(hour, 2)): \(count)")
                    }
                }
            }
        }
        return w.result
    }
}
