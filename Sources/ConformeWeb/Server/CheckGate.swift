import Foundation

/// A bound on checks running at once. A request takes a slot or waits for one, first come
/// first served, for a limited time: past it, the caller answers 503 with Retry-After rather
/// than queueing without end.
public final class CheckGate: @unchecked Sendable {
    public let capacity: Int
    private let lock = NSLock()
    private var running = 0
    private var waiters: [(id: UInt64, continuation: CheckedContinuation<Bool, Never>)] = []
    private var nextID: UInt64 = 0

    public init(capacity: Int) { self.capacity = max(1, capacity) }

    /// True with a slot (give it back with `release`), false when none came in time.
    public func acquire(waitingAtMost wait: Duration) async -> Bool {
        let id: UInt64? = lock.withLock {
            guard running >= capacity else {
                running += 1
                return nil
            }
            nextID += 1
            return nextID
        }
        guard let id else { return true }
        return await withCheckedContinuation { continuation in
            lock.lock()
            // A slot freed since the first look: take it rather than wait for a timeout.
            if running < capacity {
                running += 1
                lock.unlock()
                continuation.resume(returning: true)
                return
            }
            waiters.append((id, continuation))
            lock.unlock()
            Task {
                try? await Task.sleep(for: wait)
                self.giveUp(id)
            }
        }
    }

    /// Hands the slot to the oldest waiter, or frees it.
    public func release() {
        lock.lock()
        if waiters.isEmpty {
            running -= 1
            lock.unlock()
        } else {
            let waiter = waiters.removeFirst()
            lock.unlock()
            waiter.continuation.resume(returning: true)
        }
    }

    private func giveUp(_ id: UInt64) {
        lock.lock()
        guard let index = waiters.firstIndex(where: { $0.id == id }) else {
            lock.unlock()
            return
        }
        let waiter = waiters.remove(at: index)
        lock.unlock()
        waiter.continuation.resume(returning: false)
    }
}
