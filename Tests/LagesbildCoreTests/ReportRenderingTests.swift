import Foundation
import FoundationXML
import Testing
@testable import LagesbildCore

/// The renderers: escaping of user text, one SVG per chart, well-formed markup, line widths.
@Suite struct ReportRenderingTests {
    static let hostile = "<script>alert('x')</script> & \"Bröd\" </td>\u{1}"

    /// A plan whose every user text tries to break out of its element.
    static func hostileReport() -> FollowUpReport {
        let plan = Plan(municipality: "Vaggeryd & <Hok>", year: 2023,
                        focusAreas: [FocusArea(id: "f", name: hostile)],
                        promises: [Promise(id: "p", focusArea: "f", text: hostile, owner: .polis, metric: .rounds, target: 4, per: .tertial)],
                        hotSpots: [HotSpot(id: "h", name: hostile, locality: "Hok", focusAreas: ["f"])])
        let events = [
            Record.round(Round(date: Day(iso: "2023-09-05")!, hotSpots: ["h"], participants: [.polis: 1])),
            .incident(Incident(date: Day(iso: "2023-09-06")!, hotSpot: "h", category: .klotter, source: .kommun, text: hostile)),
            .measure(Measure(hotSpot: "h", what: hostile, responsible: hostile, decided: Day(iso: "2023-09-07")!, due: Day(iso: "2023-10-01")!)),
        ].map { JournalEvent(timestamp: Date(timeIntervalSince1970: 1_694_000_000), author: "t@h", action: .recorded, record: $0) }
        return FollowUpReport.make(plan: plan, ledger: Ledger(events: events), period: Period("2023-T3")!, today: Day(iso: "2024-01-01")!)
    }

    /// Parses with libxml2 through XMLParser: fails on any unclosed or mismatched tag.
    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
        }
    }

    static func parse(_ html: String) -> (ok: Bool, counts: [String: Int]) {
        let parser = XMLParser(data: Data(html.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        let ok = parser.parse()
        return (ok, counter.counts)
    }

    @Test func escapeCoversMarkupAndControlCharacters() {
        #expect(MarkupWriter.escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
        #expect(MarkupWriter.escape("x\u{1}\u{8}y\nz") == "xy\nz")
        #expect(MarkupWriter.escape("Hjortsjöns – å") == "Hjortsjöns – å")
    }

    @Test func htmlEscapesUserTextAndIsWellFormed() {
        let html = ReportHTMLRenderer(report: Self.hostileReport(), language: .sv).render()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("</td>\u{1}"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bröd&quot; &lt;/td&gt;"))
        let parsed = Self.parse(html)
        #expect(parsed.ok)
        #expect(parsed.counts["script"] == nil)
        #expect(parsed.counts["svg"] == ReportHTMLRenderer.chartCount)
    }

    @Test func sampleHTMLHoldsOneSVGPerChart() {
        var generator = SampleGenerator(options: .init(seed: 2023))
        let (plan, events) = generator.generate()
        let report = FollowUpReport.make(plan: plan, ledger: Ledger(events: events), period: Period("2023-T3")!, today: Day(iso: "2024-01-15")!)
        for language in Language.allCases {
            let html = ReportHTMLRenderer(report: report, language: language).render()
            let parsed = Self.parse(html)
            #expect(parsed.ok)
            // Done against target, incidents per week, and when (the heat map).
            #expect(parsed.counts["svg"] == 3)
            #expect(parsed.counts["html"] == 1 && parsed.counts["style"] == 1)
            #expect(html.contains("@page { size: A4"))
            // Self-contained: nothing is fetched from elsewhere.
            #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("url("))
        }
    }

    @Test func markdownEscapesTableCells() {
        let md = ReportMarkdownRenderer(report: Self.hostileReport(), language: .sv).render()
        #expect(!md.contains("<script>"))
        #expect(md.contains("\\<script\\>"))
        // Every table row keeps its column count: no cell's pipe leaks.
        #expect(ReportMarkdownRenderer.escape("a|b") == "a\\|b")
    }

    @Test(arguments: [60, 80, 120])
    func textLinesFitTheWidth(_ width: Int) {
        let lines = ReportTextRenderer(report: Self.hostileReport(), language: .sv).lines(width: width)
        for line in lines { #expect(line.count <= width, "\(line.count) > \(width): \(line)") }
        #expect(lines.first?.hasPrefix("Uppföljning av medborgarlöften") == true)
    }

    /// Three hot spots whose incidents rise, fall and stay the same from T2 to T3.
    static func trendReport() -> FollowUpReport {
        let plan = Plan(municipality: "Vaggeryd", year: 2023, focusAreas: [FocusArea(id: "f", name: "Trygghet")], promises: [],
                        hotSpots: ["upp", "ned", "lika", "ungefar"].map { HotSpot(id: $0, name: $0, locality: "Hok", focusAreas: ["f"]) })
        // 8 against 0 is a tested rise (p = 0.008), 0 against 8 a fall, 1 against 1 the same,
        // 2 against 1 no clear change.
        let days = (1...8).map { String(format: "%02d", $0) }
        let incidents = days.map { ("upp", "2023-09-\($0)") } + days.map { ("ned", "2023-05-\($0)") }
            + [("lika", "2023-05-06"), ("lika", "2023-09-06"), ("ungefar", "2023-05-06"), ("ungefar", "2023-09-06"), ("ungefar", "2023-09-07")]
        let events = incidents.map { spot, date in
            JournalEvent(timestamp: Date(timeIntervalSince1970: 1_694_000_000), author: "t@h", action: .recorded,
                         record: .incident(Incident(date: Day(iso: date)!, hotSpot: spot, category: .klotter, source: .kommun)))
        }
        return FollowUpReport.make(plan: plan, ledger: Ledger(events: events), period: Period("2023-T3")!, today: Day(iso: "2024-01-01")!)
    }

    @Test(arguments: [60, 80, 120])
    func trendWordsAreNeverCut(_ width: Int) {
        for language in Language.allCases {
            let lines = ReportTextRenderer(report: Self.trendReport(), language: language).lines(width: width)
            for trend in Trend.allCases {
                let cell = trend.arrow + " " + language(.report(.trend(trend)))
                #expect(lines.contains { $0.hasSuffix("  " + cell) }, "\(language) \(width): \(cell)")
            }
            #expect(!lines.contains { $0.hasSuffix("…") })
        }
        let text = ReportTextRenderer(report: Self.trendReport(), language: .sv).render()
        #expect(text.contains("= ingen säker förändring\n") && text.contains("≈ ingen säker förändring\n"))
        #expect(text.contains("▲ ökning\n") && text.contains("▼ minskning\n"))
    }

    @Test func summaryIsWrittenInBothLanguages() {
        let report = Self.hostileReport()
        let sv = report.findings.map { Language.sv(.report(.finding($0, .tertial))) }
        let en = report.findings.map { Language.en(.report(.finding($0, .tertial))) }
        // T3 is over on the report's day: the promise's target was not reached.
        #expect(sv.first == "Av 1 löfte är 1 ej nått.")
        #expect(en.first == "Of 1 promise, 1 not reached.")
        #expect(sv.contains("Under tertialet genomfördes 1 trygghetsrunda (mål 4), vid 1 av 1 hot spots."))
    }
}
