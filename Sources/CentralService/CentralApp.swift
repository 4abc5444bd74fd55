import CentralStore
import Hummingbird
import Logging
import SyncProtocol

/// Builds the central's HTTP service. It keeps no state of its own (everything lives in the storage;
/// the clock and metrics are per process), so several instances can share one PostgreSQL.
///
/// Routes: `GET /health`, `POST /v1/enrol`, `POST /v1/push`, `POST /v1/pull`, `GET /v1/trust-bundle` (the last three behind
/// `KioskAuthenticationMiddleware`), `GET /metrics` (only with the metrics token). Every response carries `Khyber-Sync-Version`;
/// every error is a `SyncErrorResponse`.
public enum CentralApp {
    /// The application, ready for `runService()` (which also stops it on SIGTERM/SIGINT). Throws only
    /// when the TLS configuration cannot make a TLS context.
    public static func makeApplication(
        storage: any CentralStorage, configuration: CentralConfiguration, metrics: CentralMetrics, logger: Logger
    ) throws -> some ApplicationProtocol {
        let onListening = configuration.onListening
        return Application(
            router: makeRouter(storage: storage, configuration: configuration, metrics: metrics),
            server: try CentralServerBuilder.make(limits: configuration.limits, tls: configuration.tls),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "khyber-central"
            ),
            onServerRunning: { channel in
                if let onListening, let port = channel.localAddress?.port { await onListening(port) }
            },
            logger: logger
        )
    }

    /// Just the router (for HummingbirdTesting's `.router` mode, or to mount elsewhere).
    public static func makeRouter(
        storage: any CentralStorage, configuration: CentralConfiguration, metrics: CentralMetrics
    ) -> Router<CentralRequestContext> {
        let router = Router(context: CentralRequestContext.self)
        router.add(middleware: WireResponseMiddleware())
        let clock = configuration.clock
        let health = HealthHandler(storage: storage, clock: clock)
        let metricsHandler = MetricsHandler(storage: storage, metrics: metrics, access: MetricsAccess(token: configuration.metricsToken))
        router.get(RouterPath(SyncWire.healthPath), use: health.handle)
        router.get(RouterPath(SyncWire.metricsPath), use: metricsHandler.handle)

        let sync = router.group().add(middleware: KioskAuthenticationMiddleware(authenticator: configuration.authenticator))
        let push = PushHandler(storage: storage, clock: clock, metrics: metrics, fees: configuration.fees)
        router.post(RouterPath(SyncWire.enrolPath), use: EnrolHandler(storage: storage).handle)
        let pull = PullHandler(storage: storage, clock: clock, metrics: metrics)
        sync.post(RouterPath(SyncWire.pushPath), use: push.handle)
        sync.post(RouterPath(SyncWire.pullPath), use: pull.handle)
        sync.get(RouterPath(SyncWire.trustBundlePath), use: TrustBundleHandler(storage: storage).handle)
        return router
    }
}
