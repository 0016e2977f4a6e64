/// A horizontal bar chart of done against target, one bar per row, as inline SVG:
/// the bar shows what was done, a dark tick where the target lies.
public struct SVGBarChart: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var value: Int
        public var target: Int
        /// Fill colour of the bar (CSS colour).
        public var color: String
        /// Text at the bar's end, e.g. `28/30 pågående`.
        public var caption: String

        public init(label: String, value: Int, target: Int, color: String, caption: String) {
            self.label = label
            self.value = value
            self.target = target
            self.color = color
            self.caption = caption
        }
    }

    public var title: String
    public var bars: [Bar]
    /// The word shown beside the target tick in the legend.
    public var targetLabel: String

    public init(title: String, bars: [Bar], targetLabel: String) {
        self.title = title
        self.bars = bars
        self.targetLabel = targetLabel
    }

    static let width = 680.0, labelWidth = 250.0, captionWidth = 120.0, rowHeight = 24.0, top = 8.0, legendHeight = 22.0

    public func render() -> String {
        let plotWidth = Self.width - Self.labelWidth - Self.captionWidth
        let scale = Double(max(1, bars.map { max($0.value, $0.target) }.max() ?? 1))
        let height = Self.top + Double(bars.count) * Self.rowHeight + Self.legendHeight
        var w = MarkupWriter()
        w.within("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(SVG.n(Self.width)) \(SVG.n(height))"),
                         ("role", "img"), ("font-family", "sans-serif"), ("font-size", "11")]) { w in
            w.element("title", [], title)
            for (i, bar) in bars.enumerated() {
                let y = Self.top + Double(i) * Self.rowHeight
                let x0 = Self.labelWidth
                w.element("text", [("x", SVG.n(x0 - 6)), ("y", SVG.n(y + 15)), ("text-anchor", "end")], SVG.clip(bar.label, 40))
                w.void("rect", [("x", SVG.n(x0)), ("y", SVG.n(y + 4)), ("width", SVG.n(plotWidth)), ("height", "14"), ("fill", "#eef1f4")])
                let barWidth = plotWidth * Double(bar.value) / scale
                w.void("rect", [("x", SVG.n(x0)), ("y", SVG.n(y + 4)), ("width", SVG.n(barWidth)), ("height", "14"), ("fill", bar.color)])
                let tx = x0 + plotWidth * Double(bar.target) / scale
                w.void("line", [("x1", SVG.n(tx)), ("y1", SVG.n(y + 1)), ("x2", SVG.n(tx)), ("y2", SVG.n(y + 21)),
                                ("stroke", "#1d1d1f"), ("stroke-width", "2")])
                w.element("text", [("x", SVG.n(x0 + plotWidth + 8)), ("y", SVG.n(y + 15))], bar.caption)
            }
            let ly = Self.top + Double(bars.count) * Self.rowHeight + 12
            w.void("line", [("x1", SVG.n(Self.labelWidth)), ("y1", SVG.n(ly - 9)), ("x2", SVG.n(Self.labelWidth)), ("y2", SVG.n(ly + 3)),
                            ("stroke", "#1d1d1f"), ("stroke-width", "2")])
            w.element("text", [("x", SVG.n(Self.labelWidth + 6)), ("y", SVG.n(ly))], targetLabel)
        }
        return w.result
    }
}

/// Number and text helpers shared by the charts.
enum SVG {
    /// A coordinate with at most one decimal, never in exponent form, locale-free.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }

    static func clip(_ text: String, _ length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }
}
