/// *Lägesbild och åtgärdsplan*: the document Lag (2023:196) asks of every municipality,
/// made from the folder's numbers, never edited by hand, the same every time it is made
/// from the same files. Language-bound like the report's tables: built in the reader's
/// language, drawn by the HTML and Markdown renderers.
public struct LawDocument: Sendable, Equatable {
    public var title: String
    public var meta: String
    public var sections: [DocumentSection]
    public var footer: String
}

/// One numbered section (or the municipality's own introduction, unnumbered).
public struct DocumentSection: Sendable, Equatable {
    /// The fragment a table of contents links to: `s1` … `s7`, `inledning`, `egna`.
    public var anchor: String
    public var title: String
    public var blocks: [DocumentBlock]
}

public enum DocumentBlock: Sendable, Equatable {
    case paragraph(String)
    case bullets([String])
    case subheading(String)
    /// `dates`: columns of ISO dates, kept on one line in HTML.
    case table(ReportTable, dates: Set<Int>)
    /// An inline SVG chart; `caption` is also its text alternative's first sentence.
    case figure(caption: String, svg: String)
    /// Text the municipality wrote itself (`texts/lagesbild-YYYY.md`).
    case own(OwnText)
}

/// A section the municipality writes: its heading, the Markdown as written, and that
/// Markdown as HTML (converted where files are read, by a Markdown library).
public struct OwnText: Sendable, Equatable {
    public var heading: String
    public var markdown: String
    public var html: String

    public init(heading: String, markdown: String, html: String) {
        self.heading = heading
        self.markdown = markdown
        self.html = html
    }
}

extension OwnText {
    /// True when the heading is the section's own (`Inledning` in *Inledning*, `Analys` in
    /// *4. Analys*): written once, not twice.
    func names(_ section: DocumentSection) -> Bool { OwnText.key(heading) == OwnText.key(section.title) }

    /// A heading as it is matched: case, spaces and a leading section number left out.
    static func key(_ heading: String) -> String {
        heading.trimmingCharacters(in: .whitespaces).lowercased().drop { $0.isNumber || $0 == "." || $0 == " " }.description
    }
}

/// One value from a survey file (`surveys/*.csv`): Polisens trygghetsmätning (an index 0–6
/// per area and question), Brå's NTU for the municipality, or any indicator the
/// municipality follows.
public struct SurveyValue: Sendable, Equatable {
    public var year: Int
    public var area: String
    public var indicator: String
    public var value: Double
    public var answers: Int?
    public var source: String

    public init(year: Int, area: String, indicator: String, value: Double, answers: Int?, source: String) {
        self.year = year
        self.area = area
        self.indicator = indicator
        self.value = value
        self.answers = answers
        self.source = source
    }
}

/// What is wrong with a row of a survey file.
public enum SurveyProblem: Sendable, Equatable {
    case unreadable(String)
    case notUTF8
    case missingColumn(String)
    case columnCount(expected: Int, found: Int)
    case notYear(String)
    case notNumber(column: String, value: String)
    case empty(String)
}

/// What a document is made from besides the records, as the folder has it.
public struct DocumentMaterial: Sendable {
    public var surveys: [SurveyValue]
    /// Bad survey rows, each a `Diagnostic` at its file and line (`.survey`).
    public var surveyProblems: [Diagnostic]
    public var texts: [OwnText]
    public var textsFile: String
    public var surveyFolder: String

    public init(surveys: [SurveyValue], surveyProblems: [Diagnostic], texts: [OwnText], textsFile: String, surveyFolder: String) {
        self.surveys = surveys
        self.surveyProblems = surveyProblems
        self.texts = texts
        self.textsFile = textsFile
        self.surveyFolder = surveyFolder
    }
}

/// Where the dashboard gets the surveys and texts of a year (the executable: the folder).
public protocol DocumentMaterials: AnyObject {
    func material(forYear year: Int) -> DocumentMaterial
}
