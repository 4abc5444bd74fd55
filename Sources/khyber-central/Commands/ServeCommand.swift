import ArgumentParser
import CentralService
import CentralStore
import CommandLineSupport
import Foundation
import Hummingbird
import Logging

/// `serve`: the HTTP service kiosks push to and pull from.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the central's HTTP service.",
        discussion: """
        Opens the database (creating a SQLite file when missing), listens, and prints exactly one line on \
        stdout once it does:

          khyber-central listening on http://HOST:PORT storage=sqlite|postgres

        (https:// with --tls-cert and --tls-key: the certificate chain and its private key, PEM; the key \
        must be readable by its owner only, chmod 600.) Without TLS, kiosks talk to this central only over \
        loopback (127.0.0.1, ::1, localhost): they refuse a plain http:// address anywhere else.

        /metrics answers only a scraper that sends Authorization: Bearer TOKEN, the token being the first \
        line of --metrics-token-file (mode 0600); without that option /metrics is off. A connection with no \
        request under way is closed after --idle-timeout seconds (30), and a request whose body has not \
        arrived --request-timeout seconds (60) after its head is dropped.

        --port 0 picks a free port (read it from that line). Logs go to stderr. SIGTERM or Ctrl-C stops it \
        cleanly: requests in flight finish, then the database is closed.

        The server keeps nothing in memory that matters: several servers may share one PostgreSQL.

        --demo-progress SECONDS is for demonstrations only: every SECONDS, every application moves one step \
        on (received → in-review → approved → ready-for-collection), as if a back office were working, so \
        kiosks have status changes to pull.

        Pushes and pulls must be signed by an enrolled, approved kiosk (see `khyber-central devices`); \
        a request signed more than --signature-window seconds from this server's clock is refused with \
        the central's time, so the kiosk can show how far off its clock is. Every application's fee is \
        checked against the service definitions (--services, default Assets/services).
        """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var security: ServeSecurity
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0: any free port).") var port: Int = 8080
    @Option(help: ArgumentHelp("The TLS certificate chain (PEM): serve HTTPS.", valueName: "file")) var tlsCert: String?
    @Option(help: ArgumentHelp("The TLS private key (PEM, mode 0600).", valueName: "file")) var tlsKey: String?
    @Option(help: ArgumentHelp("A file whose first line is the bearer token /metrics asks for.", valueName: "file"))
    var metricsTokenFile: String?
    @Option(help: ArgumentHelp("Seconds a connection may sit with no request under way.", valueName: "seconds"))
    var idleTimeout: Double = 30
    @Option(help: ArgumentHelp("Seconds from a request's head to the end of its body.", valueName: "seconds"))
    var requestTimeout: Double = 60
    @Option(help: ArgumentHelp("Demo only: move every application one status on every SECONDS.", valueName: "seconds"))
    var demoProgress: Double?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("--tls-cert and --tls-key go together") }
        for (name, value) in [("--idle-timeout", idleTimeout), ("--request-timeout", requestTimeout)] where !(value > 0 && value <= 3600) {
            throw ValidationError("\(name) must be a number of seconds between 0 and 3600")
        }
        if let demoProgress, !(demoProgress > 0 && demoProgress <= 86_400) {
            throw ValidationError("--demo-progress must be a number of seconds between 0 and 86400")
        }
    }

    /// The service; the storage is closed when it cannot be made (a TLS context that does not build).
    static func application(
        storage: any CentralStorage, configuration: CentralConfiguration, logger: Logger
    ) async throws -> some ApplicationProtocol {
        do {
            return try CentralApp.makeApplication(storage: storage, configuration: configuration, metrics: CentralMetrics(), logger: logger)
        } catch {
            await storage.close()
            throw CLIError("khyber-central cannot set up TLS: \(String(describing: error).prefix(200))")
        }
    }

    func run() async throws {
        let logger = database.logger(defaultLevel: .info)
        let transport = try ServeTransportSecurity(tlsCert: tlsCert, tlsKey: tlsKey, metricsTokenFile: metricsTokenFile)
        let storage = try await database.open(logger: logger)
        let host = self.host
        let kind = storage.kind
        let clock = CentralClock()
        let fees: ServiceFees
        do { fees = try security.fees(logger: logger) } catch {
            await storage.close()
            throw error
        }
        let scheme = transport.tls == nil ? "http" : "https"
        if transport.tls == nil && !ServeTransportSecurity.isLoopback(host) {
            logger.warning("serving plain HTTP on a non-loopback address: kiosks refuse http:// anywhere but loopback; give --tls-cert and --tls-key")
        }
        let configuration = CentralConfiguration(
            host: host, port: port,
            onListening: { port in Output.line("khyber-central listening on \(scheme)://\(host):\(port) storage=\(kind)") },
            authenticator: security.authenticator(storage: storage, logger: logger), clock: clock, fees: fees, tls: transport.tls,
            limits: ConnectionLimits(idleTimeout: .milliseconds(Int64(idleTimeout * 1000)), requestTimeout: .milliseconds(Int64(requestTimeout * 1000))),
            metricsToken: transport.metricsToken
        )
        let app = try await Self.application(storage: storage, configuration: configuration, logger: logger)
        let demo = demoProgress.map { DemoProgress(storage: storage, clock: clock, interval: $0, logger: logger) }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runService() }
                if let demo { group.addTask { await demo.run() } }
                // The server returns on SIGTERM/SIGINT (or fails to start); the demo never returns by itself.
                try await group.next()
                group.cancelAll()
            }
        } catch {
            await storage.close()
            throw CLIError("khyber-central could not serve on \(host):\(port): \(String(describing: error).prefix(200))")
        }
        await storage.close()
    }
}
