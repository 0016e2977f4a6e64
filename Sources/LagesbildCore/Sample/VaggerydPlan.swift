/// The plan of the sample folder: Vaggeryd's citizen promises 2023 (the six focus areas of
/// the published promises), with targets and hot spots in Vaggeryd, Skillingaryd and Hok.
public enum VaggerydPlan {
    public static func make(year: Int = 2023) -> Plan {
        var plan = base(year: year)
        // Presence aims (visits a week) at the three places the meetings watch most.
        for (id, visits) in [("vgd-resecentrum", 2), ("vgd-torget", 2), ("sky-folketspark", 1)] {
            if let i = plan.hotSpots.firstIndex(where: { $0.id == id }) { plan.hotSpots[i].weeklyVisitTarget = visits }
        }
        return plan
    }

    static func base(year: Int) -> Plan {
        Plan(
            municipality: "Vaggeryd",
            year: year,
            roundIntervalDays: 21,
            focusAreas: [
                FocusArea(id: "trygghet", name: "Ökad trygghet för kommuninvånarna"),
                FocusArea(id: "narkotika", name: "Narkotikabrottslighet"),
                FocusArea(id: "vald", name: "Förebygga våldsbrott – särskilt mäns våld mot kvinnor"),
                FocusArea(id: "skadegorelse", name: "Skadegörelsebrott"),
                FocusArea(id: "bedragerier", name: "Bedrägerier"),
                FocusArea(id: "trafik", name: "Förbättrad trafiksäkerhet"),
            ],
            promises: [
                Promise(id: "rundor", focusArea: "trygghet", text: "Trygghetsrundor på aktuella platser utifrån lägesbilden",
                        owner: .gemensamt, metric: .rounds, target: 30, per: .tertial),
                Promise(id: "narkotika", focusArea: "narkotika", text: "Riktade insatser mot narkotikabrottslighet",
                        owner: .polis, metric: .interventions(.narkotika), target: 6, per: .tertial),
                Promise(id: "vald", focusArea: "vald", text: "Förebyggande insatser mot våld, särskilt mäns våld mot kvinnor",
                        owner: .gemensamt, metric: .interventions(.vald), target: 3, per: .tertial),
                Promise(id: "skadegorelse", focusArea: "skadegorelse", text: "Åtgärder mot skadegörelse och klotter på utsatta platser",
                        owner: .kommun, metric: .interventions(.skadegorelse), target: 5, per: .tertial),
                Promise(id: "bedragerier", focusArea: "bedragerier", text: "Informationsträffar om bedrägerier för äldre",
                        owner: .gemensamt, metric: .interventions(.bedrageri), target: 8, per: .year),
                Promise(id: "trafik", focusArea: "trafik", text: "Trafikkontroller vid skolor och genomfarter",
                        owner: .polis, metric: .interventions(.trafik), target: 8, per: .tertial),
            ],
            hotSpots: [
                HotSpot(id: "vgd-resecentrum", name: "Vaggeryds resecentrum", locality: "Vaggeryd",
                        focusAreas: ["trygghet", "narkotika"], aliases: ["Resecentrum Vaggeryd", "stationen"]),
                HotSpot(id: "vgd-torget", name: "Torget Vaggeryd", locality: "Vaggeryd",
                        focusAreas: ["trygghet", "skadegorelse"], aliases: ["Vaggeryds centrum"]),
                HotSpot(id: "vgd-fenix", name: "Fenix kulturhus", locality: "Vaggeryd",
                        focusAreas: ["trygghet", "skadegorelse"], aliases: ["Fenix"]),
                HotSpot(id: "vgd-hjortsjoskolan", name: "Hjortsjöskolan", locality: "Vaggeryd",
                        focusAreas: ["skadegorelse", "trafik"], aliases: ["skolan Vaggeryd"]),
                HotSpot(id: "vgd-idrottsplats", name: "Vaggeryds IP", locality: "Vaggeryd",
                        focusAreas: ["trygghet", "narkotika"], aliases: ["idrottsplatsen Vaggeryd"]),
                HotSpot(id: "vgd-hjortsjon", name: "Hjortsjöns badplats", locality: "Vaggeryd",
                        focusAreas: ["trygghet", "narkotika"], aliases: ["badplatsen"]),
                HotSpot(id: "vgd-lovasparken", name: "Lövåsparken", locality: "Vaggeryd",
                        focusAreas: ["trygghet", "vald"], aliases: []),
                HotSpot(id: "sky-resecentrum", name: "Skillingaryds resecentrum", locality: "Skillingaryd",
                        focusAreas: ["trygghet", "narkotika"], aliases: ["stationen Skillingaryd"]),
                HotSpot(id: "sky-centrum", name: "Skillingaryds centrum", locality: "Skillingaryd",
                        focusAreas: ["trygghet", "skadegorelse", "vald"], aliases: ["Storgatan Skillingaryd"]),
                HotSpot(id: "sky-mossleskolan", name: "Mossleskolan", locality: "Skillingaryd",
                        focusAreas: ["skadegorelse", "trafik"], aliases: []),
                HotSpot(id: "sky-folketspark", name: "Folkets park Skillingaryd", locality: "Skillingaryd",
                        focusAreas: ["trygghet", "narkotika"], aliases: ["Folkets park"]),
                HotSpot(id: "sky-vallen", name: "Vallens idrottsplats", locality: "Skillingaryd",
                        focusAreas: ["trygghet"], aliases: ["Vallen"]),
                HotSpot(id: "sky-riksvag", name: "Genomfarten väg 152", locality: "Skillingaryd",
                        focusAreas: ["trafik"], aliases: ["väg 152"]),
                HotSpot(id: "hok-centrum", name: "Hoks centrum", locality: "Hok",
                        focusAreas: ["trygghet", "skadegorelse"], aliases: ["Hok"]),
                HotSpot(id: "hok-skolan", name: "Hokskolan", locality: "Hok",
                        focusAreas: ["skadegorelse", "trafik"], aliases: []),
                HotSpot(id: "hok-badplats", name: "Hoksjöns strand", locality: "Hok",
                        focusAreas: ["trygghet", "narkotika"], aliases: []),
            ]
        )
    }

    /// One plan per year from `first` to `last`, as a municipality renews its promises:
    /// with three years or more the targets grow toward the last year (fewer rounds and
    /// traffic controls two years before it), Lövåsparken becomes a hot spot the year before
    /// the last, and Hoksjöns strand is retired in the last year (kept, `active: false`).
    /// One or two years get the last year's plan each.
    public static func plans(first: Int, last: Int) -> [Plan] {
        (first...max(first, last)).map { year in
            var plan = make(year: year)
            guard last - first >= 2 else { return plan }
            let age = last - year
            if age >= 2 {
                plan.hotSpots.removeAll { $0.id == addedSpot }
                plan.promises = plan.promises.map { p in
                    var p = p
                    if p.id == "rundor" { p.target = 24 }
                    if p.id == "trafik" { p.target = 6 }
                    return p
                }
            } else if age == 1 {
                plan.promises = plan.promises.map { p in
                    var p = p
                    if p.id == "rundor" { p.target = 27 }
                    return p
                }
            }
            if age == 0, let i = plan.hotSpots.firstIndex(where: { $0.id == retiredSpot }) { plan.hotSpots[i].active = false }
            return plan
        }
    }

    /// The hot spot `plans` adds the year before the last, and the one it retires in the last.
    public static let addedSpot = "vgd-lovasparken"
    public static let retiredSpot = "hok-badplats"
}
