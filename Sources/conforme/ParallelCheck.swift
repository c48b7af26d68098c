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

    /// - Parameter foundInFolder: for each file, whether a folder's walk found it (see
    ///   `FileDiscovery.Found`); empty when none was.
    static func run(_ files: [String], foundInFolder: [Bool] = [], settings: RunSettings, jobs: Int) -> [Result] {
        let slots = Slots(count: files.count)
        let workers = max(1, min(jobs, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Files parsed while their rule set still loads (on another thread, from the start
            // of the run): evaluated once it is ready, so that no core sits waiting for it.
            // Bounded, so that a rule set nobody is loading yet is soon loaded here.
            var parsed: [(index: Int, input: ManifestInput, document: ParsedDocument)] = []
            func evaluateParsed() {
                for file in parsed {
                    slots.store(evaluate(file.document, of: file.input, settings: settings), at: file.index)
                }
                parsed.removeAll(keepingCapacity: true)
            }
            while let index = slots.claim() {
                let input: ManifestInput
                let regularOnly = index < foundInFolder.count && foundInFolder[index]
                switch read(files[index], regularOnly: regularOnly, settings: settings) {
                case .read(let read): input = read
                case .unreadable(let result):
                    slots.store(result, at: index)
                    continue
                }
                let document = ManifestCheck.parse(input, settings: settings)
                parsed.append((index, input, document))
                if parsed.count > maxParsedAhead || ManifestCheck.ruleSetIsReady(for: document, settings: settings) {
                    evaluateParsed()
                }
            }
            evaluateParsed()
        }
        return slots.results()
    }

    /// At most this many files per worker wait, parsed, for their rule set.
    static let maxParsedAhead = 16

    private enum Read {
        case read(ManifestInput)
        case unreadable(Result)
    }

    private static func read(_ path: String, regularOnly: Bool, settings: RunSettings) -> Read {
        do {
            let bytes = try InputFile.read(path, limit: settings.limits.maxFileSize, regularOnly: regularOnly)
            return .read(ManifestInput(
                path: FileDiscovery.displayPath(path), bytes: bytes, kind: InputFile.kind(of: path)))
        } catch {
            switch error {
            case .unreadable(let path, let reason): return .unreadable(.unreadable(path: path, reason: reason))
            }
        }
    }

    private static func evaluate(_ document: ParsedDocument, of input: ManifestInput, settings: RunSettings) -> Result {
        // Memory stays flat on thousands of files: clean files drop their text at once.
        .checked(ManifestCheck.evaluate(document, of: input, settings: settings).withoutCleanSource())
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
