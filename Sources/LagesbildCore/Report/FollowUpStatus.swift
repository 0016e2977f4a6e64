/// Where a promise stands in the published follow-up (uppföljning).
///
/// The follow-up uses the municipality's own four words rather than the dashboard's
/// three states, because the published report must say when nothing has been done yet.
public enum FollowUpStatus: String, Sendable, Equatable, CaseIterable {
    /// genomfört: the target is reached.
    case achieved = "genomfort"
    /// pågående: work is under way and keeps pace with the target.
    case inProgress = "pagaende"
    /// ej påbörjat: the span has started and nothing has been done.
    case notStarted = "ej_paborjat"
    /// efter plan: below the pro-rated expectation.
    case behind = "efter_plan"
    /// ej nått: the span is over and the target was not reached.
    case missed = "ej_natt"

    /// The rules, in the order they are tried:
    /// 1. genomfört when `done ≥ target` (a target of 0 is met at once);
    /// 2. ej nått when the span is over (`finished`): with no time left nothing is "behind
    ///    plan" or "not started", the target was missed;
    /// 3. ej påbörjat when `done == 0` and the span has started;
    /// 4. efter plan when `done` is below the pro-rated expectation, rounded down the same
    ///    way as the dashboard's "efter plan", so both always agree;
    /// 5. pågående otherwise (also for a span not yet started).
    public static func judge(done: Int, target: Int, expected: Double, started: Bool, finished: Bool = false) -> FollowUpStatus {
        if done >= target { return .achieved }
        if finished { return .missed }
        if done == 0 && started { return .notStarted }
        if Double(done) < expected.rounded(.down) { return .behind }
        return .inProgress
    }
}

/// Done against target over one span, judged on `asOf`.
public struct FollowUpProgress: Sendable, Equatable {
    public var span: Period
    public var done: Int
    public var target: Int
    /// The part of the target due by `asOf` if work is spread evenly over the span (one decimal).
    public var expected: Double
    public var status: FollowUpStatus

    public init(span: Period, done: Int, target: Int, expected: Double, status: FollowUpStatus) {
        self.span = span
        self.done = done
        self.target = target
        self.expected = expected
        self.status = status
    }

    /// `done / target` as a share, capped at 1 for bars; 1 when the target is 0.
    public var share: Double { target <= 0 ? 1 : min(1, Double(done) / Double(target)) }
}
