import Testing
import LagesbildCore
@testable import LagesbildTUI

/// Esc after typing in one of the meeting's forms (decision, new hot spot, closing) asks on
/// the screen, in the round form's words, before anything is thrown away.
@Suite struct MeetingFormQuestionTests {
    @Test(arguments: ["b", "a"])
    func escAfterTypingInAMeetingFormShowsTheQuestion(_ formKey: String) throws {
        let app = MeetingViewTests.open(MeetingViewTests.store())
        Fixture.press(app, .character(Character(formKey)))
        Fixture.type(app, "Något")
        Fixture.press(app, .escape)
        let screen = Fixture.frame(app)
        #expect(screen.text.contains("Kasta det du skrivit? j = ja, kasta · n = nej, fortsätt"))
        // n keeps the form and what was typed; the question goes away.
        Fixture.press(app, .character("n"))
        let kept = Fixture.frame(app).text
        #expect(kept.contains("Något"))
        #expect(!kept.contains("Kasta det du skrivit?"))
        // Esc and j throw it away; the agenda is back.
        Fixture.press(app, .escape, .character("j"))
        #expect(!Fixture.frame(app).text.contains("Något"))
        #expect(try #require(app.meeting).mode == .agenda)
    }

    @Test func escAfterTypingANewHotSpotNameShowsTheQuestion() throws {
        let app = MeetingViewTests.open(MeetingViewTests.store())
        let meeting = try #require(app.meeting)
        for _ in 0..<30 where meeting.selectedTarget != .place("Lekplatsen, Hok") { Fixture.press(app, .down) }
        Fixture.press(app, .character("h"))
        Fixture.type(app, "x")
        Fixture.press(app, .escape)
        #expect(Fixture.frame(app).text.contains("Kasta det du skrivit? j = ja"))
    }

    @Test func theEnglishMeetingAsksWithYAndYDiscards() throws {
        let app = Fixture.app(MeetingViewTests.store(), language: .en)
        Fixture.press(app, .character("M"), .character("b"))
        Fixture.type(app, "Something")
        Fixture.press(app, .escape)
        #expect(Fixture.frame(app).text.contains("Throw away what you typed? y = yes · n = no, go on"))
        Fixture.press(app, .character("y"))
        #expect(try #require(app.meeting).mode == .agenda)
    }
}
