import Dispatch
import Synchronization

/// A value worked out on the other core while the screen stays with the person: a view
/// shows what it has at once and the rest once `value` is there. The run loop asks the
/// view whether it waits for it, to wake soon enough to show it; nothing here touches the
/// screen. It starts when told (`start`, once the view's frame is drawn) or when waited
/// for. Work no longer wanted is cancelled: it gives nothing, and stops where it looks.
final class BackgroundWork<Value: Sendable>: Sendable {
    typealias Work = @Sendable (_ cancelled: () -> Bool) -> Value?
    private let queue: DispatchQueue
    private let pending: Mutex<Work?>
    private let result = Mutex<Value?>(nil)
    private let running = Atomic<Bool>(true)
    private let cancelled = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// `work` is handed a question it may ask between its steps: whether it was cancelled
    /// (then it returns nil).
    init(on queue: DispatchQueue, _ work: @escaping Work) {
        self.queue = queue
        pending = Mutex(work)
    }

    /// Sends the work to its queue; once only.
    func start() {
        guard let work = pending.withLock({ w -> Work? in defer { w = nil }; return w }) else { return }
        queue.async { [self] in
            let value = cancelled.load(ordering: .relaxed) ? nil : work { self.cancelled.load(ordering: .relaxed) }
            result.withLock { $0 = value }
            running.store(false, ordering: .releasing)
            finished.signal()
        }
    }

    /// The result once the work is done; nil before, and for cancelled work.
    var value: Value? { result.withLock { $0 } }

    /// From its making until it is done (started or not).
    var isRunning: Bool { running.load(ordering: .acquiring) }

    /// Asks the work to stop; a queue holding several such runs the newest sooner.
    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// Waits for the result, starting the work if it was not: for what must be whole at
    /// once, and for tests.
    func wait() -> Value? {
        start()
        finished.wait()
        finished.signal()
        return value
    }
}
