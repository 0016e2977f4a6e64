import Dispatch
import Synchronization

/// A value worked out on the other core while the screen stays with the person: a view
/// shows what it has at once and the rest once `value` is there. The run loop asks the
/// view whether it waits for it, to wake soon enough to show it; nothing here touches the
/// screen. Work no longer wanted is cancelled: it gives nothing, and stops where it looks.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let running = Atomic<Bool>(true)
    private let cancelled = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// `work` is handed a question it may ask between its steps: whether it was cancelled
    /// (then it returns nil).
    init(on queue: DispatchQueue, _ work: @escaping @Sendable (_ cancelled: () -> Bool) -> Value?) {
        queue.async { [self] in
            let value = cancelled.load(ordering: .relaxed) ? nil : work { self.cancelled.load(ordering: .relaxed) }
            result.withLock { $0 = value }
            running.store(false, ordering: .releasing)
            finished.signal()
        }
    }

    /// The result once the work is done; nil while it runs, and for cancelled work.
    var value: Value? { result.withLock { $0 } }

    var isRunning: Bool { running.load(ordering: .acquiring) }

    /// Asks the work to stop; a queue holding several such runs the newest sooner.
    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// Waits for the result: for what must be whole at once, and for tests.
    func wait() -> Value? {
        finished.wait()
        finished.signal()
        return value
    }
}
