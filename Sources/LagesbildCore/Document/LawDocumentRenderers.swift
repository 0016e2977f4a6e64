/// The document as one self-contained HTML page: the report's page shell, a table of
/// contents, numbered sections, page numbers in the margin when printed on A4, tables with
/// header cells a screen reader follows, and every chart an `img` with a title and caption.
public struct LawDocumentHTMLRenderer: Sendable {
    public let document: LawDocument
    public let language: Language

    public init(document: LawDocument, language: Language) {
        self.document = document
        self.language = language
    }

    /// Page `n / N` in the bottom margin of every printed page (CSS paged media).
    static let printStyle = """

    nav.toc ol { padding-left: 1.2em; margin: 0.3em 0 1em; }
    nav.toc a { color: var(--accent); text-decoration: none; }
    section.own { border-left: 3px solid var(--line); padding-left: 0.8em; margin: 0.5em 0 1em; }
    @page { @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; color: #5f6368; } }

    """

    public func render() -> String {
        var w = MarkupWriter()
        w.element("h1", [], document.title); w.newline()
        w.element("p", [("class", "meta")], document.meta); w.newline()
        w.within("nav", [("class", "toc"), ("aria-label", language(.document(.contents)))]) { w in
            w.element("h2", [], language(.document(.contents)))
            w.within("ol", [("style", "list-style: none")]) { w in
                for s in document.sections {
                    w.within("li") { w in w.element("a", [("href", "#" + s.anchor)], s.title) }
                }
            }
        }
        w.newline()
        for s in document.sections {
            w.within("section", [("id", s.anchor), ("aria-labelledby", s.anchor + "-h")]) { w in
                w.element("h2", [("id", s.anchor + "-h")], s.title); w.newline()
                for block in s.blocks { draw(block, in: s, &w) }
            }
            w.newline()
        }
        w.element("footer", [], document.footer)
        return HTMLDocument(title: document.title, language: language, body: w.result, extraStyle: Self.printStyle).render()
    }

    private func draw(_ block: DocumentBlock, in section: DocumentSection, _ w: inout MarkupWriter) {
        switch block {
        case .paragraph(let text): w.element("p", [], text); w.newline()
        case .bullets(let items):
            w.within("ul", [("class", "summary")]) { w in for i in items { w.element("li", [], i) } }
            w.newline()
        case .subheading(let text): w.element("h3", [], text); w.newline()
        case .table(let table, let dates): table.html(&w, headingTag: "h3", dates: dates)
        case .figure(let caption, let svg):
            w.within("figure") { w in
                w.element("figcaption", [], caption)
                w.newline()
                w.insert(svg)
            }
            w.newline()
        case .own(let text):
            w.within("section", [("class", "own")]) { w in
                if !text.names(section) { w.element("h3", [], text.heading); w.newline() }
                // Converted from the municipality's Markdown where it was read; its HTML is the library's.
                w.insert(text.html)
            }
            w.newline()
        }
    }
}

/// The document in Markdown, for pasting into the municipality's own template. Charts are
/// left out (their numbers are in the tables beside them) and named by their captions.
public struct LawDocumentMarkdownRenderer: Sendable {
    public let document: LawDocument

    public init(document: LawDocument) { self.document = document }

    public func render() -> String {
        var out = ["# " + ReportMarkdownRenderer.escape(document.title), "", ReportMarkdownRenderer.escape(document.meta)]
        for s in document.sections {
            out += ["", "## " + ReportMarkdownRenderer.escape(s.title)]
            for block in s.blocks {
                switch block {
                case .paragraph(let t): out += ["", ReportMarkdownRenderer.escape(t)]
                case .bullets(let items): out += [""] + items.map { "- " + ReportMarkdownRenderer.escape($0) }
                case .subheading(let t): out += ["", "### " + ReportMarkdownRenderer.escape(t)]
                case .table(let t, _): out += t.markdown(level: "###")
                case .figure(let caption, _): out += ["", "*" + ReportMarkdownRenderer.escape(caption) + "*"]
                case .own(let text):
                    out += (text.names(s) ? [] : ["", "### " + ReportMarkdownRenderer.escape(text.heading)]) + ["", text.markdown]
                }
            }
        }
        out += ["", "---", ReportMarkdownRenderer.escape(document.footer), ""]
        return out.joined(separator: "\n")
    }
}
