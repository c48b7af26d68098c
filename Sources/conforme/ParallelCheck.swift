import ConformeKit
import Foundation
import YAMLTree

/// Checks files on several cores. Each worker reads, parses and evaluates one file at a time;
/// results land in their file's slot, so the report order is the discovery order (path order)
/// whatever the scheduling.
enum ParallelCheck {
    enum Result: Sendable {
        case checked(ManifestCheck.Outcome)
        case unreadable(path: String, reason: UnreadableReason)
    }

    static func run(_ files: [String], settings: RunSettings, jobs: Int) -> [Result] {
        let slots = Slots(count: files.count)
        let workers = max(1, min(jobs, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.claim() {
                slots.store(check(files[index], settings: settings), at: index)
            }
        }
        return slots.results()
    }

    static func check(_ path: String, settings: RunSettings) -> Result {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path, limit: settings.limits.maxFileSize)
        } catch {
            switch error {
            case .unreadable(let path, let reason): return .unreadable(path: path, reason: reason)
            }
        }
        var outcome = ManifestCheck.run(
            ManifestInput(
                path: FileDiscovery.displayPath(path), bytes: bytes, kind: InputFile.kind(of: path)),
            settings: settings)
        // A file without findings needs no source lines in any report: do not keep its text
        // for the whole run (memory stays flat on thousands of files).
        if outcome.report.diagnostics.isEmpty { outcome.report.source = SourceText([]) }
        return .checked(outcome)
    }

    /// The work queue and the results, behind one lock.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var storage: [Result?]

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < storage.count else { return nil }
            next += 1
            return next - 1
        }

        func store(_ result: Result, at index: Int) {
            lock.lock()
            storage[index] = result
            lock.unlock()
        }

        func results() -> [Result] {
            lock.lock()
            defer { lock.unlock() }
            return storage.map { $0! }
        }
    }
}
