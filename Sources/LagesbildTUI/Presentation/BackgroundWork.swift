import Dispatch
import Synchronization

/// A value worked out on the other core while the screen stays with the person: a view
/// shows what it has at once and the rest once `value` is there. The run loop asks
/// `isRunning` to wake soon enough to show it; nothing here touches the screen.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let running = Atomic<Bool>(true)
    private let finished = DispatchSemaphore(value: 0)

    init(on queue: DispatchQueue = .global(qos: .userInitiated), _ work: @escaping @Sendable () -> Value) {
        queue.async { [self] in
            let value = work()
            result.withLock { $0 = value }
            running.store(false, ordering: .releasing)
            finished.signal()
        }
    }

    /// The result once the work is done; nil while it runs.
    var value: Value? { result.withLock { $0 } }

    var isRunning: Bool { running.load(ordering: .acquiring) }

    /// Waits for the result: for what must be whole at once, and for tests.
    func wait() -> Value {
        finished.wait()
        finished.signal()
        return value!
    }
}
