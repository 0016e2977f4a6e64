/// The page shell every HTML document of Lägesbild shares (the follow-up report, meeting
/// minutes): head, inline style sheet with A4 print rules, and the body. One file with no
/// external references, so it opens offline, can be mailed, and prints the same anywhere.
public struct HTMLDocument: Sendable {
    public var title: String
    public var language: Language
    /// Markup for `<body>`, made with a `MarkupWriter`.
    public var body: String
    /// Rules added after the shared style sheet, for what only one kind of document needs.
    public var extraStyle: String

    public init(title: String, language: Language, body: String, extraStyle: String = "") {
        self.title = title
        self.language = language
        self.body = body
        self.extraStyle = extraStyle
    }

    public func render() -> String {
        var w = MarkupWriter()
        w.insert("<!DOCTYPE html>\n")
        w.within("html", [("lang", language.rawValue)]) { w in
            w.newline()
            w.within("head") { w in
                w.newline()
                w.void("meta", [("charset", "utf-8")])
                w.newline()
                w.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                w.newline()
                w.element("title", [], title)
                w.newline()
                // Style sheets are raw text in HTML: entities would not be decoded there, so the
                // sheet goes in as written; it must hold no `<` or `&` (see `style`).
                w.within("style") { $0.insert(HTMLDocument.style + extraStyle) }
                w.newline()
            }
            w.newline()
            w.within("body") { w in
                w.newline()
                w.insert(body)
                w.newline()
            }
            w.newline()
        }
        w.newline()
        return w.result
    }

    /// Screen: a readable column. Print: A4 portrait with margins, no split tables or
    /// charts, table headers repeated on each page, colours kept for the status marks.
    /// A date cell (`td.date`) and a `.nowrap` span stay on one line: a narrow column
    /// would otherwise break `2023-09-19` after its hyphen.
    /// The sheet holds no `<` or `&`, so it stays valid inside an XML parse of the page.
    public static let style = """

    :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4d9; --accent: #1f4e79; }
    * { box-sizing: border-box; }
    body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink);
           max-width: 190mm; margin: 2em auto; padding: 0 1em; font-size: 11pt; line-height: 1.4; }
    h1 { font-size: 18pt; color: var(--accent); margin: 0 0 0.2em; }
    h2 { font-size: 13pt; color: var(--accent); border-bottom: 1px solid var(--line);
         padding-bottom: 0.15em; margin: 1.4em 0 0.5em; break-after: avoid; page-break-after: avoid; }
    h3 { font-size: 11pt; margin: 1em 0 0.3em; break-after: avoid; page-break-after: avoid; }
    p.meta { color: var(--muted); margin: 0 0 1em; }
    table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.8em; font-size: 10pt; }
    th, td { border-bottom: 1px solid var(--line); padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
    th { background: #f2f4f7; font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.date, th.date { white-space: nowrap; }
    .nowrap { white-space: nowrap; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    figure { margin: 0.5em 0 1em; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 10pt; color: var(--muted); margin-bottom: 0.3em; }
    svg { width: 100%; height: auto; display: block; }
    ul.summary { padding-left: 1.2em; }
    .mark { display: inline-block; padding: 0 0.45em; border-radius: 0.6em; font-size: 9pt; color: #fff;
            white-space: nowrap; }
    footer { margin-top: 2em; color: var(--muted); font-size: 9pt; border-top: 1px solid var(--line); padding-top: 0.4em; }
    @page { size: A4 portrait; margin: 16mm 14mm 18mm; }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
