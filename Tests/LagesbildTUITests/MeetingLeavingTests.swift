import Testing
import LagesbildCore
@testable import LagesbildTUI

/// Leaving the EST meeting: `lagesbild meeting` ends where the meeting ends (Esc, q, or
/// closing it), while the meeting opened with `M` returns to the dashboard.
@Suite struct MeetingLeavingTests {
    /// `lagesbild meeting`: the dashboard opened straight into the meeting.
    static func meetingProgram(_ store: MemoryDataStore = MeetingViewTests.store(), language: Language = .sv,
                               writer: MinutesWriter? = nil) -> DashboardApp {
        var options = DashboardOptions(language: language, today: Fixture.today, color: false)
        options.opensMeeting = true
        let app = DashboardApp(source: store, sink: store, options: options, today: Fixture.today, clock: { "14:02" })
        app.minutesWriter = writer
        app.openMeeting()
        return app
    }

    // MARK: `lagesbild meeting` ends with the meeting

    @Test(arguments: [KeyEvent.escape, .character("q")])
    func leavingTheMeetingProgramEndsIt(_ key: KeyEvent) {
        let app = Self.meetingProgram()
        #expect(app.meeting != nil)
        #expect(Fixture.press(app, key) == false)
        #expect(app.farewell == nil)
    }

    @Test func closingTheMeetingProgramEndsItWithWhereTheMinutesAre() {
        let writer = MemoryMinutesWriter()
        let app = Self.meetingProgram(writer: writer)
        Fixture.press(app, .character("a"))
        Fixture.type(app, "Polisen, Kommunen")
        #expect(Fixture.press(app, .control("s")) == false)
        #expect(!writer.written.isEmpty)
        #expect(app.farewell?.hasPrefix("Mötet är avslutat · protokoll: vecka-47-2023") == true)
    }

    @Test func theMeetingOpenedWithMReturnsToTheDashboard() {
        let app = MeetingViewTests.open(MeetingViewTests.store())
        #expect(Fixture.press(app, .escape) == true)
        #expect(app.meeting == nil)
        #expect(Fixture.frame(app).text.contains("Fokusområden"))
        Fixture.press(app, .character("M"), .character("q"))
        #expect(app.meeting == nil)
        #expect(Fixture.press(app, .character("q")) == false)
    }
}
