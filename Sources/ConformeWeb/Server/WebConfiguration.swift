import ConformeKit
import Foundation
import YAMLTree

/// What `conforme-web`'s options set. Everything else is fixed: the server keeps no state
/// between requests, so any number of instances can run side by side.
public struct WebConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Largest accepted body, in bytes: the CLI's file limit by default (1 MiB).
    public var maxBody: Int
    /// Checks running at once; further requests wait for a slot.
    public var maxConcurrentChecks: Int
    /// How long a request waits for a check slot before a 503 with Retry-After.
    public var queueWait: Duration
    /// How long one check may run before a 503: a backstop, since the CLI's limits on hostile
    /// YAML already bound it.
    public var checkTimeLimit: Duration
    /// The CLI's limits on hostile YAML, unchanged.
    public var parseLimits: ParseLimits
    public var evaluationLimits: EvaluationLimits

    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBody: Int = ParseLimits.default.maxFileSize,
        maxConcurrentChecks: Int = ProcessInfo.processInfo.activeProcessorCount,
        queueWait: Duration = .seconds(5), checkTimeLimit: Duration = .seconds(10),
        parseLimits: ParseLimits = .default, evaluationLimits: EvaluationLimits = .default
    ) {
        self.host = host
        self.port = port
        self.maxBody = maxBody
        self.maxConcurrentChecks = max(1, maxConcurrentChecks)
        self.queueWait = queueWait
        self.checkTimeLimit = checkTimeLimit
        self.parseLimits = parseLimits
        self.evaluationLimits = evaluationLimits
    }
}

extension LocalDate {
    /// Today in the server's time zone, when a request names no date.
    static func currentLocal() -> LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
