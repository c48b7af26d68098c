import ConformeKit
import Hummingbird
import Logging

/// The whole site: pages, API, health and metrics, behind the security middleware. Built by
/// `conforme-web` and by the route tests alike.
public struct WebApplication: Sendable {
    public let configuration: WebConfiguration
    public let gate: CheckGate
    public let metrics: WebMetrics
    public let catalog: RuleSetCatalog

    public init(configuration: WebConfiguration, catalog: RuleSetCatalog = .embedded) {
        self.configuration = configuration
        self.gate = CheckGate(capacity: configuration.maxConcurrentChecks)
        self.metrics = WebMetrics()
        self.catalog = catalog
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.middlewares.add(SecurityMiddleware(metrics: metrics))
        let runner = CheckRunner(configuration: configuration, gate: gate, metrics: metrics)
        PageRoutes(runner: runner, catalog: catalog).add(to: router)
        APIRoutes(runner: runner, catalog: catalog).add(to: router)
        router.get("healthz") { _, _ in
            Responses.text("{\"status\": \"ok\"}\n", type: "application/json")
        }
        router.get("metrics") { [metrics] _, _ in
            Responses.bytes(metrics.exposition(), type: "text/plain; version=0.0.4; charset=utf-8")
        }
        return router
    }

    /// The server, ready to run. `onListening` receives the port it listens on (the one asked
    /// for, or the one the system chose for port 0). No request logging: bodies are never
    /// logged, and paths could carry what a user typed.
    public func application(
        onListening: @escaping @Sendable (String, Int) async -> Void = { _, _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "conforme-web")
        logger.logLevel = .notice
        let host = configuration.host
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                await onListening(host, channel.localAddress?.port ?? 0)
            },
            logger: logger)
    }
}
