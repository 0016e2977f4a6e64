import Foundation
import Testing
@testable import LagesbildCore

@Suite struct ClockTimeTests {
    /// Every minute of the day is written as C's printf pads it, and read back the same.
    @Test func everyMinuteIsWrittenHHMMAndReadBack() {
        for minutes in 0..<(24 * 60) {
            let t = ClockTime(hour: minutes / 60, minute: minutes % 60)!
            #expect(t.description == String(format: "%02d:%02d", minutes / 60, minutes % 60))
            #expect(ClockTime(t.description) == t)
        }
    }
}
