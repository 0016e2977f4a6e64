import LagesbildCore

/// `lagesbild effect --format csv`: one row per evaluation, the counts and the figures.
public enum EffectCSV {
    public static let header = ["kind", "id", "start", "hotspot", "weeks", "weeks_passed", "t0", "t1", "c0", "c1", "d0", "d1",
                                "scale", "wdd", "se", "z", "wdd_buffer", "se_buffer", "wdq", "verdict", "buffer"]

    public static func file(_ evaluations: [Evaluation], language: Language) throws -> [UInt8] {
        func n(_ v: Double?) -> String { v.map { EffectNumber.format($0, decimals: 3, comma: false).replacingOccurrences(of: "−", with: "-") } ?? "" }
        let rows = evaluations.map { e -> [String] in
            let c = e.counts
            let kind: String
            switch e.subject {
            case .measure: kind = "measure"
            case .intervention: kind = "intervention"
            }
            return [kind, e.subject.id.uuidString.lowercased(), e.subject.start.iso, e.treated.first ?? "", String(e.weeks),
                    String(e.weeksPassed), String(c.t0), String(c.t1), String(c.c0), String(c.c1),
                    c.d0.map(String.init) ?? "", c.d1.map(String.init) ?? "", n(c.scale), n(c.wdd), n(c.se), n(c.z),
                    n(c.wddWithBuffer), n(c.seWithBuffer), n(c.wdq), e.verdict.rawValue, e.bufferChange?.rawValue ?? ""]
        }
        return try CSVExport.table(header: header, rows: rows, delimiter: .comma)
    }
}
