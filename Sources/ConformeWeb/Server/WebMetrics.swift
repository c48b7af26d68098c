import ConformeKit
import Metrics
import Prometheus

/// The server's metrics, in its own Prometheus registry (not the process-wide bootstrap), so
/// that each application — and each test — counts only its own requests.
public final class WebMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    public init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Checks take about a millisecond; the default buckets start at 5 ms.
        factory.durationHistogramBuckets["conforme_check_duration_seconds"] = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
        ]
        self.factory = factory
    }

    /// One request answered. `route` is the matched pattern (`/regles/{id}`), never the path a
    /// client typed, so the number of series stays bounded.
    public func recordRequest(route: String, method: String, status: Int) {
        Counter(
            label: "conforme_http_requests_total",
            dimensions: [("route", route), ("method", method), ("status", String(status))],
            factory: factory
        ).increment()
    }

    public func recordCheck(duration: Duration, findings: [Diagnostic]) {
        let (seconds, attoseconds) = duration.components
        Timer(label: "conforme_check_duration_seconds", factory: factory)
            .recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        var counts: [Severity: Int] = [:]
        for finding in findings { counts[finding.severity, default: 0] += 1 }
        for severity in Severity.allCases {
            Counter(
                label: "conforme_findings_total", dimensions: [("severity", severity.rawValue)],
                factory: factory
            ).increment(by: counts[severity] ?? 0)
        }
    }

    /// The Prometheus text exposition format.
    public func exposition() -> [UInt8] { registry.emitToBuffer() }
}
