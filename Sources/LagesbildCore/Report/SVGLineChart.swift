/// A line chart of counts over weeks, one line per series, with a legend, as inline SVG.
public struct SVGLineChart: Sendable {
    public struct Series: Sendable {
        public var name: String
        public var values: [Int]
        public var color: String

        public init(name: String, values: [Int], color: String) {
            self.name = name
            self.values = values
            self.color = color
        }
    }

    public var title: String
    /// One label per point on the x axis (week numbers); every other is shown when crowded.
    public var xLabels: [String]
    public var series: [Series]
    /// The x axis' name, e.g. "vecka".
    public var xTitle: String

    public init(title: String, xLabels: [String], series: [Series], xTitle: String) {
        self.title = title
        self.xLabels = xLabels
        self.series = series
        self.xTitle = xTitle
    }

    static let width = 680.0, height = 240.0, left = 36.0, right = 12.0, top = 10.0, bottom = 34.0, legendRow = 18.0
    /// Room under the axis' name ("vecka", drawn low in `bottom`) before the legend's first row.
    static let legendGap = 12.0

    public func render() -> String {
        let legendRows = Double((series.count + 2) / 3)
        let total = Self.height + Self.legendGap + legendRows * Self.legendRow
        let plotW = Self.width - Self.left - Self.right, plotH = Self.height - Self.top - Self.bottom
        let top = max(1, series.flatMap(\.values).max() ?? 1)
        let step = niceStep(top)
        let yMax = Double(((top + step - 1) / step) * step)
        let points = max(xLabels.count, 1)
        func x(_ i: Int) -> Double { Self.left + (points == 1 ? plotW / 2 : plotW * Double(i) / Double(points - 1)) }
        func y(_ v: Int) -> Double { Self.top + plotH - plotH * Double(v) / yMax }

        var w = MarkupWriter()
        w.within("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(SVG.n(Self.width)) \(SVG.n(total))"),
                         ("role", "img"), ("font-family", "sans-serif"), ("font-size", "10")]) { w in
            w.element("title", [], title)
            var tick = 0
            while Double(tick) <= yMax {
                w.void("line", [("x1", SVG.n(Self.left)), ("y1", SVG.n(y(tick))), ("x2", SVG.n(Self.width - Self.right)),
                                ("y2", SVG.n(y(tick))), ("stroke", tick == 0 ? "#888" : "#e3e6ea")])
                w.element("text", [("x", SVG.n(Self.left - 5)), ("y", SVG.n(y(tick) + 3)), ("text-anchor", "end")], String(tick))
                tick += step
            }
            let every = xLabels.count > 20 ? 2 : 1
            for (i, label) in xLabels.enumerated() where i % every == 0 {
                w.element("text", [("x", SVG.n(x(i))), ("y", SVG.n(Self.top + plotH + 14)), ("text-anchor", "middle")], label)
            }
            w.element("text", [("x", SVG.n(Self.left + plotW / 2)), ("y", SVG.n(Self.top + plotH + 28)), ("text-anchor", "middle"),
                               ("fill", "#5f6368")], xTitle)
            for s in series {
                let path = s.values.enumerated().map { "\(SVG.n(x($0.offset))),\(SVG.n(y($0.element)))" }.joined(separator: " ")
                w.void("polyline", [("points", path), ("fill", "none"), ("stroke", s.color), ("stroke-width", "2"),
                                    ("stroke-linejoin", "round")])
            }
            for (i, s) in series.enumerated() {
                let lx = Self.left + Double(i % 3) * (plotW / 3), ly = Self.height + Self.legendGap + Double(i / 3) * Self.legendRow
                w.void("rect", [("x", SVG.n(lx)), ("y", SVG.n(ly - 8)), ("width", "14"), ("height", "4"), ("fill", s.color)])
                w.element("text", [("x", SVG.n(lx + 20)), ("y", SVG.n(ly - 3))], SVG.clip(s.name, 34))
            }
        }
        return w.result
    }

    /// A grid step giving at most about five lines: 1, 2, 5, 10, 20, 50, …
    func niceStep(_ top: Int) -> Int {
        var magnitude = 1
        while true {
            for m in [1, 2, 5] where top / (m * magnitude) <= 5 { return m * magnitude }
            magnitude *= 10
        }
    }
}
