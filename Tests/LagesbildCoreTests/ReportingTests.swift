import Testing
@testable import LagesbildCore

/// Who reports, on constructed incidents.
@Suite struct ReportingTests {
    static func incident(_ day: String, _ source: IncidentSource) -> Incident {
        Incident(date: Day(iso: day)!, hotSpot: "a", category: .klotter, source: source)
    }

    @Test func aPartnerThatWentQuietIsNamed() {
        // Meeting on 2023-11-21: the last two weeks are 11-08…11-21, the eight before 09-13…11-07.
        let incidents = [
            Self.incident("2023-10-02", .skola), Self.incident("2023-11-20", .polis), Self.incident("2023-10-15", .polis),
            Self.incident("2023-11-07", .bostadsbolag), Self.incident("2023-11-08", .kommun), Self.incident("2023-09-01", .allmanhet),
        ]
        // skola and bostadsbolag reported before and not since; polis did both; kommun only
        // recently; allmänhet too long ago to count.
        #expect(Reporting.quietSources(incidents, asOf: Day(iso: "2023-11-21")!) == [.bostadsbolag, .skola])
    }

    @Test func perSourceAndTertial() {
        let incidents = [Self.incident("2023-02-01", .polis), Self.incident("2023-06-01", .polis), Self.incident("2023-06-02", .skola),
                         Self.incident("2023-10-01", .polis), Self.incident("2023-12-30", .skola)]
        let spans = [Period("2023-T1")!, Period("2023-T2")!, Period("2023-T3")!]
        let rows = Reporting.perSource(incidents, spans: spans, asOf: Day(iso: "2023-12-01")!)
        #expect(rows.first { $0.source == .polis }?.counts == [1, 1, 1])
        #expect(rows.first { $0.source == .skola }?.counts == [0, 1, 0])   // the 30 December report is after asOf
        #expect(rows.count == 2)
    }
}
