/// A second, smaller municipality for area views and their tests: a Gnosjö-like plan with
/// four of Vaggeryd's focus areas, lower targets and six hot spots in Gnosjö, Hillerstorp,
/// Kulltorp and Åsenhöga. Made up for the sample, as the events are.
public enum GnosjoPlan {
    public static func make(year: Int = 2023) -> Plan {
        Plan(
            municipality: "Gnosjö",
            year: year,
            roundIntervalDays: 28,
            focusAreas: [
                FocusArea(id: "trygghet", name: "Trygghet i centrumområdena"),
                FocusArea(id: "narkotika", name: "Narkotika bland unga"),
                FocusArea(id: "skadegorelse", name: "Skadegörelse"),
                FocusArea(id: "trafik", name: "Trafiksäkerhet"),
            ],
            promises: [
                Promise(id: "rundor", focusArea: "trygghet", text: "Trygghetsvandringar i centrumområdena",
                        owner: .gemensamt, metric: .rounds, target: 12, per: .tertial),
                Promise(id: "narkotika", focusArea: "narkotika", text: "Insatser mot narkotika bland unga",
                        owner: .polis, metric: .interventions(.narkotika), target: 3, per: .tertial),
                Promise(id: "skadegorelse", focusArea: "skadegorelse", text: "Snabb sanering av klotter och skadegörelse",
                        owner: .kommun, metric: .interventions(.skadegorelse), target: 3, per: .tertial),
                Promise(id: "trafik", focusArea: "trafik", text: "Trafikkontroller vid skolorna",
                        owner: .polis, metric: .interventions(.trafik), target: 4, per: .tertial),
            ],
            hotSpots: [
                HotSpot(id: "gno-centrum", name: "Gnosjö centrum", locality: "Gnosjö", focusAreas: ["trygghet", "skadegorelse"]),
                HotSpot(id: "gno-station", name: "Gnosjö station", locality: "Gnosjö", focusAreas: ["trygghet", "narkotika"]),
                HotSpot(id: "hil-centrum", name: "Hillerstorps centrum", locality: "Hillerstorp", focusAreas: ["trygghet", "narkotika"]),
                HotSpot(id: "hil-skolan", name: "Hillerstorpsskolan", locality: "Hillerstorp", focusAreas: ["skadegorelse", "trafik"]),
                HotSpot(id: "kul-centrum", name: "Kulltorps centrum", locality: "Kulltorp", focusAreas: ["trygghet"]),
                HotSpot(id: "ase-ip", name: "Åsenhöga IP", locality: "Åsenhöga", focusAreas: ["trygghet", "narkotika"]),
            ]
        )
    }
}

/// Which municipality the generator makes.
public enum SampleMunicipality: String, Sendable, CaseIterable {
    case vaggeryd, gnosjo

    func plans(first: Int, last: Int) -> [Plan] {
        switch self {
        case .vaggeryd: return VaggerydPlan.plans(first: first, last: last)
        case .gnosjo: return (first...max(first, last)).map { GnosjoPlan.make(year: $0) }
        }
    }
}
