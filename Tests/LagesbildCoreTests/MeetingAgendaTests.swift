import Foundation
import Testing
@testable import LagesbildCore

@Suite struct MeetingAgendaTests {
    static let plan = SituationPictureTests.plan
    static func day(_ s: String) -> Day { Day(iso: s)! }
    static func event(_ record: Record, _ action: EventAction = .recorded) -> JournalEvent {
        SituationPictureTests.event(record, action)
    }
    static func incident(_ date: String, spot: String? = "a", place: String = "", _ category: IncidentCategory = .klotter) -> JournalEvent {
        event(.incident(Incident(date: day(date), hotSpot: spot, place: place, category: category, source: .kommun)))
    }

    @Test func windowIsSevenDaysWithoutAMeetingAndSinceTheLastOneOtherwise() {
        let none = MeetingAgenda.make(plan: Self.plan, ledger: Ledger(), date: Self.day("2023-11-21"))
        #expect(none.since.iso == "2023-11-15" && none.windowDays == 7 && none.lastMeeting == nil)
        #expect(none.week == Period("2023-W47")!)

        let earlier = Self.event(.meeting(Meeting(date: Self.day("2023-11-10"))))
        let last = Self.event(.meeting(Meeting(date: Self.day("2023-11-14"))))
        let sameDay = Self.event(.meeting(Meeting(date: Self.day("2023-11-21"))))
        let agenda = MeetingAgenda.make(plan: Self.plan, ledger: Ledger(events: [earlier, last, sameDay]), date: Self.day("2023-11-21"))
        // A meeting closed earlier the same day does not shrink the window to nothing.
        #expect(agenda.lastMeeting?.date.iso == "2023-11-14")
        #expect(agenda.since.iso == "2023-11-15")
    }

    @Test func fourWeekAverageAndTheSharpRiseRule() {
        // Window 2023-11-15…21. Baseline: the 28 days 2023-10-18…11-14.
        var events: [JournalEvent] = []
        // a: 4 in the baseline (1/week), 5 in the window: 5 of 9 against a share of 7/35,
        // p = 0.020 → sharp (4 of 8 would be p = 0.056, not yet).
        for d in ["2023-10-18", "2023-10-25", "2023-11-01", "2023-11-14"] { events.append(Self.incident(d)) }
        for d in ["2023-11-15", "2023-11-16", "2023-11-18", "2023-11-20", "2023-11-21"] { events.append(Self.incident(d, .skadegorelse)) }
        // Outside both: ignored.
        events.append(Self.incident("2023-10-17"))
        events.append(Self.incident("2023-11-22"))
        // b: 12 in the baseline (3/week), 5 in the window: p = 0.36 → not sharp.
        for i in 0..<12 { events.append(Self.incident(Self.day("2023-10-18").adding(days: i * 2).iso, spot: "b")) }
        for d in ["2023-11-15", "2023-11-16", "2023-11-17", "2023-11-18", "2023-11-19"] { events.append(Self.incident(d, spot: "b")) }
        let agenda = MeetingAgenda.make(plan: Self.plan, ledger: Ledger(events: events), date: Self.day("2023-11-21"))
        let a = agenda.hotSpots.first { $0.hotSpot.id == "a" }!
        #expect(a.count == 5 && a.weeklyAverage == 1.0 && a.risingSharply)
        #expect(a.categories == [CategoryCount(category: .skadegorelse, count: 5)])
        let b = agenda.hotSpots.first { $0.hotSpot.id == "b" }!
        #expect(b.count == 5 && b.weeklyAverage == 3.0 && !b.risingSharply)
        #expect(agenda.hotSpots.first?.hotSpot.id == "a")  // sharply rising first
    }

    /// The tested rule against the four weeks before (share 7/35 = 0.2), p-values by hand
    /// (and by an independent script): 1 after 0 → 0.2; 2 after 0 → 0.04; 4 after 8 → 0.274;
    /// 6 after 4 → 0.0064; over 14 days (share 14/42 = 1/3) 4 after 6 → 0.74.
    @Test func sharpRiseIsTheTestedTrendAgainstTheFourWeeksBefore() {
        #expect(!MeetingAgenda.risesSharply(count: 1, baseline: 0, windowDays: 7))
        #expect(MeetingAgenda.risesSharply(count: 2, baseline: 0, windowDays: 7))
        #expect(!MeetingAgenda.risesSharply(count: 4, baseline: 8, windowDays: 7))
        #expect(MeetingAgenda.risesSharply(count: 6, baseline: 4, windowDays: 7))
        #expect(!MeetingAgenda.risesSharply(count: 4, baseline: 6, windowDays: 14))
        #expect(abs(TrendTest.pValue(now: 6, before: 4, share: 0.2) - 0.00637) < 0.00001)
    }

    @Test func newPlacesAreFreeTextGroupedByNameAndKnownNamesCountAtTheirHotSpot() {
        let events = [
            Self.incident("2023-11-16", spot: nil, place: "Lekplatsen, Hok"),
            Self.incident("2023-11-20", spot: nil, place: "  lekplatsen, hok "),
            Self.incident("2023-11-01", spot: nil, place: "Lekplatsen, Hok"),
            Self.incident("2023-11-02", spot: nil, place: "Busshållplatsen"),
            Self.incident("2023-09-01", spot: nil, place: "Gamla platsen"),  // before the baseline
            Self.incident("2023-11-17", spot: nil, place: "Östra parken"),   // a hot spot's name
        ]
        let agenda = MeetingAgenda.make(plan: Self.plan, ledger: Ledger(events: events), date: Self.day("2023-11-21"))
        #expect(agenda.newPlaces.map(\.name) == ["Lekplatsen, Hok", "Busshållplatsen"])
        #expect(agenda.newPlaces[0].sinceLast == 2 && agenda.newPlaces[0].previousWeeks == 1)
        #expect(agenda.newPlaces[1].sinceLast == 0 && agenda.newPlaces[1].previousWeeks == 1)
        #expect(agenda.hotSpots.map(\.hotSpot.id) == ["b"])
    }

    @Test func followUpsRoundsAndOverdueSpots() {
        let open = Measure(hotSpot: "a", what: "Belysning", responsible: "Tekniska", decided: Self.day("2023-11-14"), due: Self.day("2023-11-28"))
        let done = Measure(hotSpot: "a", what: "Klotter", responsible: "Tekniska", decided: Self.day("2023-11-07"),
                           due: Self.day("2023-11-14"), status: .done)
        let today = Measure(hotSpot: "b", what: "Idag", responsible: "Polisen", decided: Self.day("2023-11-21"), due: Self.day("2023-12-05"))
        let round = Round(date: Self.day("2023-11-18"), hotSpots: ["a"], participants: [.polis: 2])
        let old = Round(date: Self.day("2023-10-01"), hotSpots: ["b"], participants: [.kommun: 1])
        let ledger = Ledger(events: [open, done, today].map { Self.event(.measure($0)) } + [Self.event(.round(round)), Self.event(.round(old))])
        let agenda = MeetingAgenda.make(plan: Self.plan, ledger: ledger, date: Self.day("2023-11-21"))
        #expect(agenda.followUps.map(\.what) == ["Belysning"])
        #expect(agenda.roundsSince.map(\.id) == [round.id])
        #expect(agenda.overdueRounds.map(\.hotSpot.id) == ["b"])
        #expect(agenda.overdueRounds[0].daysSinceLastRound == 51)
    }

    @Test func addedHotSpotsMergeAfterThePlansOwnAndThePlanWins() {
        let added = AddedHotSpot(key: "lekplatsen", name: "Lekplatsen", locality: "Hok", aliases: ["Lekplatsen, Hok"], added: Self.day("2023-11-21"))
        let clash = AddedHotSpot(key: "x", name: "ågatan", locality: "", added: Self.day("2023-11-21"))
        let hotSpotEvents = [Self.event(.hotSpot(added)), Self.event(.hotSpot(clash))]
        let ledger = Ledger(events: hotSpotEvents)
        let merged = Self.plan.merging(ledger)
        #expect(merged.hotSpots.map(\.id) == ["a", "b", "lekplatsen"])
        #expect(merged.hotSpots.last?.addedInJournal == true && merged.hotSpots[0].addedInJournal == false)
        #expect(merged.merging(ledger) == merged)  // merging twice changes nothing
        #expect(merged.resolveHotSpot("lekplatsen, hok")?.id == "lekplatsen")
        // Incidents that named the place in free text now count at the new hot spot.
        let incidents = [Self.incident("2023-11-20", spot: nil, place: "Lekplatsen, Hok")]
        let agenda = MeetingAgenda.make(plan: Self.plan, ledger: Ledger(events: hotSpotEvents + incidents), date: Self.day("2023-11-21"))
        #expect(agenda.newPlaces.isEmpty)
        #expect(agenda.hotSpots.map(\.hotSpot.id) == ["lekplatsen"])
        #expect(Validator(plan: merged, today: Self.day("2023-11-21"))
            .problems(in: .measure(Measure(hotSpot: "lekplatsen", what: "x", responsible: "y", decided: Self.day("2023-11-21"),
                                           due: Self.day("2023-12-01")))).isEmpty)
    }

    @Test func keyForANameIsReadableASCII() {
        #expect(AddedHotSpot.key(for: "Lekplatsen på Södra vägen, Hok") == "lekplatsen-pa-sodra-vagen-hok")
        #expect(AddedHotSpot.key(for: "  !! ") == "plats")
    }
}
