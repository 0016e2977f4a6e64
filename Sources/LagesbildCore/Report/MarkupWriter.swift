/// Writes HTML and SVG that is also well-formed XML: every element opened is closed in
/// order, every text and attribute value is escaped, and only void elements are
/// self-closed. Keeping to the XML subset means one strict parser can check any page
/// Lägesbild writes, and the pages open the same in every browser and print dialog.
public struct MarkupWriter: Sendable {
    public private(set) var output = ""
    private var open: [String] = []

    public init() {}

    /// Opens `tag`; `close()` ends it.
    public mutating func open(_ tag: String, _ attributes: [(String, String)] = []) {
        output += "<\(tag)\(MarkupWriter.attributes(attributes))>"
        open.append(tag)
    }

    public mutating func close() {
        guard let tag = open.popLast() else { preconditionFailure("close() without an open element") }
        output += "</\(tag)>"
    }

    /// `<tag …>text</tag>`, with the text escaped.
    public mutating func element(_ tag: String, _ attributes: [(String, String)] = [], _ text: String = "") {
        output += "<\(tag)\(MarkupWriter.attributes(attributes))>\(MarkupWriter.escape(text))</\(tag)>"
    }

    /// A self-closed element: HTML void elements (`meta`, `br`) and SVG shapes only.
    public mutating func void(_ tag: String, _ attributes: [(String, String)] = []) {
        output += "<\(tag)\(MarkupWriter.attributes(attributes))/>"
    }

    /// `tag` around whatever `body` writes.
    public mutating func within(_ tag: String, _ attributes: [(String, String)] = [], _ body: (inout MarkupWriter) -> Void) {
        open(tag, attributes)
        body(&self)
        close()
    }

    public mutating func text(_ text: String) { output += MarkupWriter.escape(text) }

    /// Markup made by another writer (a chart); it is whole, because writers only hand out
    /// `result` once every element is closed.
    public mutating func insert(_ markup: String) { output += markup }

    public mutating func newline() { output += "\n" }

    /// The markup written; every element must be closed.
    public var result: String {
        precondition(open.isEmpty, "unclosed elements: \(open)")
        return output
    }

    /// Escapes text for element content and quoted attribute values, and drops the control
    /// characters XML forbids, so no user text (a place name, a note) can end an element,
    /// start a tag or make the page unreadable to a strict parser.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func attributes(_ list: [(String, String)]) -> String {
        list.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }
}
