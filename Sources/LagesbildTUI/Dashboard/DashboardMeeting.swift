import Foundation
import LagesbildCore

/// The dashboard's side of the EST meeting: opening the view with `M`, passing keys to it,
/// showing what it records at once, and the hot spots the journal adds.
extension DashboardApp {
    /// Opens the meeting for today's ISO week.
    public func openMeeting() {
        guard let plan else { return }
        meeting = MeetingController(plan: sourcePlan ?? plan, ledger: ledger, today: today, sink: sink, minutesWriter: minutesWriter,
                                    language: language, readOnly: options.readOnly,
                                    applied: { [weak self] event in self?.applyOwn(event) })
    }

    /// Passes a key to the open meeting. Returns false when leaving it ends the program:
    /// started as `lagesbild meeting` (`opensMeeting`), the meeting is the program, and
    /// leaving it (Esc, q, or closing it) ends it, as `lagesbild round` ends with its form.
    /// Opened with `M`, leaving returns to the dashboard.
    func handleMeeting(_ key: KeyEvent) -> Bool {
        guard let meeting else { return true }
        if case .leave(let text) = meeting.handle(key) {
            self.meeting = nil
            if options.opensMeeting {
                farewell = text
                return false
            }
            if let text { message = (text, .good) }
        } else {
            // What the key recorded is in the ledger now; the agenda follows.
            followInMeeting()
        }
        return true
    }

    /// The open meeting's agenda follows the ledger: made again when its revision moved
    /// (or the folder was read again from scratch), left alone otherwise.
    func followInMeeting(replaced: Bool = false) {
        guard let meeting, let source = sourcePlan ?? plan else { return }
        meeting.follow(ledger, plan: source, replaced: replaced)
    }

    /// An event this program appended: shown at once; read back later it is ignored by id.
    func applyOwn(_ event: JournalEvent) {
        ledger.apply([event])
        dataRevision += 1
        updatePlan()
    }

    /// The viewed year's plan with the hot spots added in the journal, as everywhere else
    /// (`PlanBook.viewed`); made again when the plans, the records or the year changed.
    func updatePlan() {
        let viewed = sourcePlans?.merging(ledger).viewed(for: period)
        if viewed != plan {
            plan = viewed
            dataRevision += 1
        }
    }
}
