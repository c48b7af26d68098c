import ConformeKit
import Foundation
import YAMLTree

/// Runs checks for the page and the API: behind the gate, on a thread of their own (a check is
/// CPU work that must not hold the server's event loops), within the time limit, counted in the
/// metrics. The text is checked in memory and dropped: nothing is kept or logged.
public struct CheckRunner: Sendable {
    public enum Failure: Error, Sendable {
        /// No slot came in time.
        case busy
        /// The check outlived the time limit.
        case tooLong
    }

    public let configuration: WebConfiguration
    public let gate: CheckGate
    public let metrics: WebMetrics

    public init(configuration: WebConfiguration, gate: CheckGate, metrics: WebMetrics) {
        self.configuration = configuration
        self.gate = gate
        self.metrics = metrics
    }

    /// The run report of one manifest, as `conforme check -` builds it.
    public func report(
        bytes: [UInt8], kind: InputKind, today: LocalDate, failOn: Severity, language: Language
    ) async throws(Failure) -> RunReport {
        let settings = RunSettings(
            ruleSet: nil,
            evaluation: EvaluationOptions(today: today, failOn: failOn, limits: configuration.evaluationLimits),
            limits: configuration.parseLimits)
        let input = ManifestInput(path: "-", bytes: bytes, kind: kind)
        guard await gate.acquire(waitingAtMost: configuration.queueWait) else { throw .busy }
        let metrics = self.metrics
        let gate = self.gate
        let outcome = OneShot<RunReport?>()
        let timer = Task { [limit = configuration.checkTimeLimit] in
            // Cancelled as soon as the check ends: no sleeping task per request under load.
            guard (try? await Task.sleep(for: limit)) != nil else { return }
            outcome.resume(nil)
        }
        DispatchQueue.global().async {
            let clock = ContinuousClock()
            let start = clock.now
            let report = SingleManifestReport.runReport(input, settings: settings, language: language)
            // The slot is freed when the work ends, even after a timeout: the gate counts
            // what really runs.
            gate.release()
            metrics.recordCheck(duration: clock.now - start, findings: report.files.flatMap(\.diagnostics))
            outcome.resume(report)
        }
        let report = await outcome.value
        timer.cancel()
        guard let report else { throw .tooLong }
        return report
    }
}

/// A value set once by whichever comes first (the work or its time limit), awaited once.
final class OneShot<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Value?
    private var isSet = false
    private var continuation: CheckedContinuation<Value, Never>?

    func resume(_ value: Value) {
        lock.lock()
        guard !isSet else {
            lock.unlock()
            return
        }
        isSet = true
        result = value
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(returning: value)
    }

    var value: Value {
        get async {
            await withCheckedContinuation { continuation in
                lock.lock()
                if isSet {
                    let value = result!
                    lock.unlock()
                    continuation.resume(returning: value)
                } else {
                    self.continuation = continuation
                    lock.unlock()
                }
            }
        }
    }
}
