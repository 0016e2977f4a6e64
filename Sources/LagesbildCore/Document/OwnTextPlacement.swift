/// Where the municipality's own sections go: a heading that names a generated section
/// (with or without its number, in either language) opens that section; *Inledning*
/// comes first, *Orsaker* in the analysis, *Prioriteringar* in the action plan; any
/// other heading goes in a section of its own before *Underlag*.
struct OwnTextPlacement {
    var introduction: OwnText?
    var causes: OwnText?
    var priorities: OwnText?
    var bySection: [Int: [OwnText]] = [:]
    var others: [OwnText] = []

    init(_ texts: [OwnText], language: Language) {
        for text in texts {
            let k = OwnText.key(text.heading)
            let named = { (t: DocumentText) in Language.allCases.contains { OwnText.key($0(.document(t))) == k } }
            if named(.introduction) { introduction = text; continue }
            if named(.causes) { causes = text; continue }
            if named(.priorities) { priorities = text; continue }
            if let n = (1...7).first(where: { named(.section($0)) }) { bySection[n, default: []].append(text); continue }
            others.append(text)
        }
    }

    func forSection(_ n: Int) -> [OwnText] { bySection[n] ?? [] }
}
