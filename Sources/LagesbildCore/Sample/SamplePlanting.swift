import Foundation

/// The positions of the sample's incidents, and what is planted for the map to find.
extension SampleGenerator {
    /// Most reports give a position within 120 m of their hot spot; one in seven gives none
    /// and sits at its hot spot. A draw within 50 m of another source's report of the same
    /// kind that day is drawn again, so the only duplicate is the planted one.
    mutating func scatter(around centre: GridPoint?, _ incident: Incident) -> GridPoint? {
        guard let centre, placeRng.chance(6.0 / 7) else { return nil }
        let key = DuplicateRule.GroupKey(day: incident.date, category: incident.category)
        for _ in 0..<12 {
            let r = 120 * placeRng.unit().squareRoot(), a = 2 * Double.pi * placeRng.unit()
            let p = GridPoint(n: centre.n + r * sin(a), e: centre.e + r * cos(a)).rounded
            let clash = (placedToday[key] ?? []).contains { $0.1 != incident.source && $0.0.distance(to: p) <= DuplicateRule.metres }
            if !clash {
                placedToday[key, default: []].append((p, incident.source))
                return p
            }
        }
        return nil
    }

    /// In the sample's last year: seven reports of disorder at one street away from every hot
    /// spot in the five weeks before 20 November (a cluster for the meeting of 21 November),
    /// and one fight reported at Torget by both the police and the security company (a
    /// possible duplicate, counted once).
    mutating func plantPlaces() {
        let year = options.startYear + max(options.years, 1) - 1
        guard let converter = options.positions, let vaggeryd = SampleGenerator.localityCentres["Vaggeryd"],
              let centre = try? converter.grid(vaggeryd) else { return }
        let spot = GridPoint(n: centre.n + SampleGenerator.clusterOffset.n, e: centre.e + SampleGenerator.clusterOffset.e)
        let first = Day(year: year, month: 10, day: 16)!
        for k in 0..<7 {
            let day = first.adding(days: k * 5)
            let r = 70 * placeRng.unit().squareRoot(), a = 2 * Double.pi * placeRng.unit()
            let incident = Incident(id: placeRng.uuid(), date: day, time: ClockTime(hour: 21 + k % 3, minute: placeRng.int(0...59)),
                                    hotSpot: nil, place: SampleGenerator.clusterPlace, category: .ordningsstorning,
                                    source: k % 2 == 0 ? .polis : .allmanhet,
                                    text: "Folksamling och bilar med hög musik, boende störs",
                                    position: GridPoint(n: spot.n + r * sin(a), e: spot.e + r * cos(a)).rounded)
            plant(incident, on: day)
        }
        guard let torget = plan.hotSpot(id: "vgd-torget")?.position else { return }
        let day = Day(year: year, month: 10, day: 14)!
        let police = Incident(id: placeRng.uuid(), date: day, time: ClockTime(hour: 22, minute: 10), hotSpot: "vgd-torget",
                              category: .vald, source: .polis, text: "Slagsmål mellan två personer vid busshållplatsen",
                              position: GridPoint(n: torget.n + 30, e: torget.e - 20))
        let guardReport = Incident(id: placeRng.uuid(), date: day, time: ClockTime(hour: 22, minute: 25), hotSpot: "vgd-torget",
                                   category: .vald, source: .vaktbolag, text: "Bråk vid hållplatsen, polis tillkallad",
                                   position: GridPoint(n: torget.n + 42, e: torget.e - 8))
        plant(police, on: day)
        plant(guardReport, on: day)
    }

    private mutating func plant(_ incident: Incident, on day: Day) {
        let ts = Date(timeIntervalSince1970: TimeInterval(day.ordinal * 86_400 + 23 * 3600 + placeRng.int(0...3000)))
        events.append(JournalEvent(id: placeRng.uuid(), timestamp: ts, author: SampleGenerator.writer(for: incident.source),
                                   action: .recorded, record: .incident(incident)))
    }
}
