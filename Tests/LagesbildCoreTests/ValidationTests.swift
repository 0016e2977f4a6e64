import Foundation
import Testing
@testable import LagesbildCore

@Suite struct ValidationTests {
    let validator = Validator(plan: SituationPictureTests.plan, today: Day(iso: "2023-06-01")!)

    @Test func everyProblemOfARoundAtOnce() {
        let round = Round(date: Day(iso: "2023-07-01")!, start: ClockTime("21:00"), end: ClockTime("20:00"),
                          hotSpots: ["a", "okänd"], participants: [.polis: -1],
                          notes: "Pratade med 811228-9874 vid torget", citizenContacts: -2)
        let problems: [ValidationProblem] = validator.problems(in: .round(round)).map(\.problem)
        #expect(problems.contains(.dateInFuture(Day(iso: "2023-07-01")!)))
        #expect(problems.contains(.endBeforeStart))
        #expect(problems.contains(.unknownHotSpot("okänd")))
        #expect(problems.contains(.negativeCount("participants.polis")))
        #expect(problems.contains(.negativeCount("contacts")))
        #expect(problems.contains(.noParticipants))
        #expect(problems.contains(.personalIdentityNumber("811228-9874")))
    }

    @Test func aRoundPastMidnightEndsTheNextDayUpToTwelveHours() {
        func problems(_ start: String, _ end: String) -> [ValidationProblem] {
            let round = Round(date: Day(iso: "2023-05-05")!, start: ClockTime(start), end: ClockTime(end),
                              hotSpots: ["a"], participants: [.polis: 2])
            return validator.problems(in: .round(round)).map(\.problem)
        }
        #expect(problems("21:00", "01:00").isEmpty)
        #expect(problems("18:30", "06:30").isEmpty)         // exactly 12 hours
        #expect(problems("18:00", "06:30") == [.endBeforeStart])
        #expect(problems("21:00", "20:00") == [.endBeforeStart])
        let night = Round(date: Day(iso: "2023-05-05")!, start: ClockTime("21:00"), end: ClockTime("01:15"),
                          hotSpots: ["a"], participants: [.polis: 2])
        #expect(night.durationMinutes == 255)
        #expect(night.date == Day(iso: "2023-05-05")!)
    }

    @Test func aGoodRoundHasNoProblems() {
        let round = Round(date: Day(iso: "2023-05-01")!, start: ClockTime("19:00"), end: ClockTime("21:00"),
                          hotSpots: ["a"], participants: [.polis: 2, .kommun: 1], notes: "Lugnt, 12 ungdomar på plats")
        #expect(validator.problems(in: .round(round)).isEmpty)
    }

    @Test func personalNumbersAreFoundByTheirShape() {
        #expect(PersonalNumberGuard.firstMatch(in: "ring 811228-9874") == "811228-9874")
        #expect(PersonalNumberGuard.firstMatch(in: "198112289874 antecknat") == "198112289874")
        #expect(PersonalNumberGuard.firstMatch(in: "8112289874") == "8112289874")
        // Mistyped (wrong check digit) but clearly a person's number: refused all the same.
        #expect(PersonalNumberGuard.firstMatch(in: "811228-9875") == "811228-9875")
        #expect(PersonalNumberGuard.firstMatch(in: "Anmälare 19800101-1234.") == "19800101-1234")
        #expect(PersonalNumberGuard.firstMatch(in: "198001011234") == "198001011234")
        #expect(PersonalNumberGuard.firstMatch(in: "811268-1234") == "811268-1234")  // samordningsnummer
        // Ten bare digits need the check digit; no date, no number.
        #expect(PersonalNumberGuard.firstMatch(in: "ärende 8112289875") == nil)
        #expect(PersonalNumberGuard.firstMatch(in: "811340-1234") == nil)
        #expect(PersonalNumberGuard.firstMatch(in: "123456789012") == nil)
        #expect(PersonalNumberGuard.firstMatch(in: "telefon 0370-678 00, 15 personer") == nil)
        #expect(PersonalNumberGuard.firstMatch(in: "2023-05-01") == nil)
    }

    @Test func personalNumbersWrittenWithSpacesAndOtherDashesAreFound() {
        for text in ["811218 9876", "811218 - 9876", "19811218 9876", "811218\u{2010}9876", "811218 – 9876",
                     "811218--9876", "811218 +9876", "ring 811218 9876 i kväll"] {
            #expect(PersonalNumberGuard.firstMatch(in: text) != nil, "\(text)")
        }
        #expect(PersonalNumberGuard.firstMatch(in: "pratade med 811218 9876.") == "811218 9876")
        // Ordinary numbers keep their shape: phone numbers, dates with times, case numbers, counts.
        for text in ["070-123 45 67", "036-10 20 30", "2023-05-05 21:00", "5000-K123456-23", "2023-05-05 2100",
                     "15 personer 20 bilar", "kl 21:30 - 23:45", "0370-67800"] {
            #expect(PersonalNumberGuard.firstMatch(in: text) == nil, "\(text)")
        }
    }

    @Test func planProblems() {
        var plan = SituationPictureTests.plan
        plan.promises.append(Promise(id: "x", focusArea: "saknas", text: "t", owner: .kommun, metric: .rounds, target: -1, per: .year))
        plan.hotSpots.append(HotSpot(id: "a", name: " ", locality: "Hok"))
        let problems = Validator.problems(in: plan)
        #expect(problems.contains(.unknownFocusArea(owner: "x", focusArea: "saknas")))
        #expect(problems.contains(.negativeTarget(promise: "x")))
        #expect(problems.contains(.duplicateID("a")))
        #expect(problems.contains(.emptyName("a")))
    }

    @Test func eventsRoundTripAndKeepUnknownFields() throws {
        let round = Round(date: Day(iso: "2023-05-01")!, start: ClockTime("19:00"), end: ClockTime("21:00"),
                          hotSpots: ["a"], participants: [.polis: 2], observations: [.klotter], notes: "Åäö 😀",
                          followUps: [FollowUp(text: "Sanera", responsible: "Tekniska")])
        var event = JournalEvent(timestamp: Date(timeIntervalSince1970: 1_682_967_600), author: "anna@pc", action: .recorded, record: .round(round))
        event.extra["future_top"] = .string("kept")
        event.dataExtra["weather"] = .object(["rain": .bool(true)])
        let data = try JSONEncoder().encode(JSONValue.object(event.jsonObject))
        let back = try JournalEvent.from(JSONDecoder().decode(JSONValue.self, from: data)).get()
        #expect(back == event)
        #expect(back.jsonObject["future_top"] == .string("kept"))
        #expect(back.jsonObject["data"]?["weather"]?["rain"] == .bool(true))
    }

    @Test func badEventsReportEveryField() {
        let value = JSONValue.object(["v": .number(1), "id": .string("nope"), "ts": .string("igår"), "author": .string("a"),
                                      "action": .string("recorded"), "kind": .string("round"),
                                      "ref": .string(UUID().uuidString), "data": .object(["date": .string("2023-13-01"), "contacts": .string("x")])])
        guard case .failure(let error) = JournalEvent.from(value) else { Issue.record("decoded a bad event"); return }
        #expect(error.problems.contains(.notIdentifier("id", "nope")))
        #expect(error.problems.contains(.notDate("ts", "igår")))
        #expect(error.problems.contains(.notDate("date", "2023-13-01")))
        #expect(error.problems.contains(.notInteger("contacts")))
    }
}
