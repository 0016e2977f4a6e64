import Foundation
import LagesbildCore
@testable import LagesbildTUI

/// A small Vaggeryd plan with three hot spots and records at known dates, viewed on
/// Monday 2023-11-20 (week 47, tertial 3).
enum Fixture {
    static let today = Day(iso: "2023-11-20")!
    static let tertial3 = Period("2023-T3")!

    static let plan = Plan(
        municipality: "Vaggeryd", year: 2023,
        focusAreas: [
            FocusArea(id: "trygghet", name: "Ökad trygghet"),
            FocusArea(id: "narkotika", name: "Narkotikabrottslighet"),
            FocusArea(id: "trafik", name: "Trafiksäkerhet"),
        ],
        promises: [
            Promise(id: "l1", focusArea: "trygghet", text: "Trygghetsrundor", owner: .gemensamt,
                    metric: .rounds, target: 6, per: .tertial),
            Promise(id: "l2", focusArea: "narkotika", text: "Narkotikainsatser", owner: .polis,
                    metric: .interventions(.narkotika), target: 2, per: .tertial),
            Promise(id: "l3", focusArea: "trafik", text: "Trafikkontroller", owner: .polis,
                    metric: .interventions(.trafik), target: 9, per: .year),
        ],
        hotSpots: [
            HotSpot(id: "resecentrum", name: "Resecentrum", locality: "Vaggeryd", focusAreas: ["trygghet", "narkotika"]),
            HotSpot(id: "torget", name: "Torget", locality: "Skillingaryd", focusAreas: ["trygghet"]),
            HotSpot(id: "hok", name: "Hok centrum", locality: "Hok", focusAreas: ["trafik"]),
        ])

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func event(_ record: Record) -> JournalEvent {
        JournalEvent(timestamp: Date(timeIntervalSince1970: TimeInterval(record.day.ordinal * 86_400 + 3600)),
                     author: "fixture@test", action: .recorded, record: record)
    }

    static let records: [Record] = {
        [
            .round(Round(date: day("2023-06-01"), hotSpots: ["resecentrum"], participants: [.polis: 2])),
            .round(Round(date: day("2023-09-12"), hotSpots: ["resecentrum", "torget"], participants: [.polis: 1, .kommun: 2])),
            .round(Round(date: day("2023-10-10"), hotSpots: ["torget"], participants: [.nattvandrare: 4])),
            .round(Round(date: day("2023-11-14"), hotSpots: ["torget"], participants: [.kommun: 2], notes: "Lugnt")),
            .incident(Incident(date: day("2023-06-15"), hotSpot: "resecentrum", category: .klotter, source: .kommun)),
            .incident(Incident(date: day("2023-11-01"), hotSpot: "resecentrum", category: .skadegorelse, source: .polis)),
            .incident(Incident(date: day("2023-11-10"), hotSpot: "resecentrum", category: .narkotika, source: .polis)),
            .incident(Incident(date: day("2023-11-18"), time: ClockTime("22:10"), hotSpot: "resecentrum",
                               category: .ordningsstorning, source: .kollektivtrafik, text: "Bråk vid bussen")),
            .incident(Incident(date: day("2023-05-10"), hotSpot: "torget", category: .klotter, source: .allmanhet)),
            .incident(Incident(date: day("2023-07-01"), hotSpot: "torget", category: .nedskrapning, source: .kommun)),
            .incident(Incident(date: day("2023-09-20"), hotSpot: "torget", category: .klotter, source: .kommun)),
            .intervention(Intervention(date: day("2023-10-05"), kind: .trafik, hotSpot: "hok", organisation: .polis)),
            .intervention(Intervention(date: day("2023-11-02"), kind: .trafik, place: "Väg 40", organisation: .polis)),
            .intervention(Intervention(date: day("2023-09-30"), kind: .narkotika, hotSpot: "resecentrum", organisation: .polis)),
            .measure(Measure(hotSpot: "resecentrum", what: "Byta belysning", responsible: "Kommunen",
                             decided: day("2023-10-01"), due: day("2023-10-15"))),
            .measure(Measure(hotSpot: "resecentrum", what: "Fler rundor kvällstid", responsible: "Polisen",
                             decided: day("2023-11-06"), due: day("2023-12-01"))),
        ]
    }()

    static func store() -> MemoryDataStore {
        MemoryDataStore(plan: plan, events: records.map(event), author: "ordförande@test")
    }

    static func app(_ store: MemoryDataStore = store(), language: Language = .sv, readOnly: Bool = false,
                    period: Period? = nil) -> DashboardApp {
        DashboardApp(source: store, sink: store,
                     options: DashboardOptions(language: language, today: today, period: period, color: false, readOnly: readOnly),
                     today: today, clock: { "14:02" })
    }

    static func picture() -> SituationPicture {
        SituationAnalyzer(plan: plan, ledger: Ledger(events: records.map(event))).picture(for: tertial3, today: today)
    }

    /// Renders the app on a fresh grid of the given size.
    static func frame(_ app: DashboardApp, rows: Int = 24, cols: Int = 80) -> GridScreen {
        let screen = GridScreen(rows: rows, cols: cols)
        app.render(on: screen)
        return screen
    }

    /// Feeds keys to the app; returns false if one of them quit.
    @discardableResult
    static func press(_ app: DashboardApp, _ keys: KeyEvent...) -> Bool {
        for key in keys where !app.handle(key) { return false }
        return true
    }

    static func type(_ app: DashboardApp, _ text: String) {
        for ch in text { _ = app.handle(.character(ch)) }
    }
}
