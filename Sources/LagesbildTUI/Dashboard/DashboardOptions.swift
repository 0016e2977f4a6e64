import LagesbildCore

/// How the executable starts the dashboard.
public struct DashboardOptions: Sendable {
    public var language: Language
    /// The real date; nil reads the system clock (local time) and follows it past midnight.
    public var today: Day?
    /// The period to open on; nil picks today's tertial, or the plan year's latest tertial
    /// when the plan's year does not contain today.
    public var period: Period?
    /// False forces monochrome; the terminal layer also honours NO_COLOR.
    public var color: Bool
    /// The wall display: nothing can be recorded, edit keys say so.
    public var readOnly: Bool
    /// Milliseconds between polls for new data and the clock.
    public var refreshMilliseconds: Int32
    /// `lagesbild meeting`: start in the EST meeting view; leaving it ends the program.
    public var opensMeeting = false
    /// False on a terminal without UTF-8: shades and marks in plain ASCII.
    public var unicode = true
    /// Converts typed positions to SWEREF 99 TM (PROJ, from the executable).
    public var positions: (any CoordinateConverter)? = nil

    public init(language: Language = .sv, today: Day? = nil, period: Period? = nil, color: Bool = true,
                readOnly: Bool = false, refreshMilliseconds: Int32 = 1000) {
        self.language = language
        self.today = today
        self.period = period
        self.color = color
        self.readOnly = readOnly
        self.refreshMilliseconds = refreshMilliseconds
    }
}
