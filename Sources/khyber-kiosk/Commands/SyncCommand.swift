import ArgumentParser
import CommandLineSupport
import Foundation
import KioskRuntime
import KioskStore
import KioskSync

/// `sync`: sends the outbox to the central store and brings back statuses, registry records and the
/// trust list — once, or for as long as it runs (headless, beside or instead of the screen).
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send waiting applications to the central store and bring back what changed there.",
        discussion: """
        Pushes the outbox in order, in batches; an operation counts as delivered only when the central store \
        acknowledges it. Then pulls status changes, registry records of the configured districts and the \
        trust list, each page with its cursor in one transaction. Works offline: nothing is refused or lost \
        while the central store is away.

        With --once: one round, then exit 0 when everything was sent and pulled, 3 when the central store \
        could not be reached (the operations stay queued), 4 when it refused a request.

        Without --once: keeps going (probe with backoff and jitter while offline, a round every interval \
        while online) until Ctrl-C or SIGTERM, printing a line per round.
        """
    )

    @Flag(help: "One round, then exit.") var once = false
    @OptionGroup var connection: CentralConnectionOptions
    @OptionGroup var dataOptions: DataOptions

    func run() async throws {
        let configuration = try connection.configuration()
        let url = try connection.centralURL(configuration)
        // The central's address and TLS are checked first: plain http:// to another machine is a config error.
        let endpoint: CentralEndpoint
        do { endpoint = try CentralEndpoint.check(url, trust: configuration.centralTrust) } catch { throw CLIError(error.description) }
        let folder = dataOptions.folder(configured: configuration.dataFolder)
        let registry = try folder.openRegistry()
        let id = connection.kioskID(configuration)
        let signer = try KioskIdentity.signer(folder: folder, kioskID: id)
        var configured = SyncSetup(
            centralURL: url, kioskID: id, intervalSeconds: configuration.syncIntervalSeconds,
            warnAfterHours: configuration.syncWarnAfterHours, districts: configuration.syncDistricts,
            signer: signer, trust: configuration.centralTrust
        )
        configured.trustRoot = try folder.trustRoot(configured: configuration.trustRoot)
        let setup = configured
        let transport = HTTPSyncTransport(endpoint: endpoint, signer: signer)
        if let notice = transport.endpoint.notice { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
        let engine = await setup.engine(registry: registry, transport: transport, fault: SyncSetup.faultFromEnvironment())
        if once {
            let report = await engine.syncOnce()
            await transport.shutdown()
            try printReport(report, registry: registry, setup: setup)
            if let stop = report.stoppedBy { throw ExitCode(stop.isTransient ? 3 : 4) }
            return
        }
        // Nothing but the interval wakes this loop (there is no screen to submit applications), yet the
        // engine asks for a wake signal.
        let loop = Task {
            await engine.run(intervalSeconds: Double(setup.intervalSeconds)) { status in
                Self.printStatus(status, setup: setup)
            }
        }
        // Ctrl-C and SIGTERM end the loop; it closes its connections before the process exits.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let signals = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { loop.cancel() }
            source.resume()
            return source
        }
        await loop.value
        signals.forEach { $0.cancel() }
        await transport.shutdown()
    }

    private func printReport(_ report: SyncRoundReport, registry: RegistryDatabase, setup: SyncSetup) throws {
        let tally = report.acknowledgements
        let pulled = report.pulled
        print("pushed \(tally.stored + tally.failed) operations in \(report.batches) batches: \(tally.accepted) accepted, \(tally.duplicates) already there, \(tally.conflicts) conflicts, \(tally.rejected) rejected")
        print("pulled \(pulled.total) changes in \(report.pages) pages: \(pulled.statuses) statuses, \(pulled.citizens) registry records, \(pulled.trust) trust-list changes, \(pulled.skipped) skipped")
        if let outcome = report.trustBundle { print(outcome.description) }
        if let root = setup.trustRoot, let warning = HeldTrustWarning.warning(registry: registry, root: root, now: Date()) {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        if !report.centralGaps.isEmpty { print("the central store is missing sequence numbers: \(report.centralGaps.joined(separator: ", "))") }
        let snapshot: SyncSnapshot
        do { snapshot = try registry.syncSnapshot() } catch { throw CLIError(error.description) }
        print("waiting: \(snapshot.pending); refused for good (operator): \(snapshot.failed)")
        if let stop = report.stoppedBy { FileHandle.standardError.write(Data("sync stopped: \(stop.description)\n".utf8)) }
        if let warning = setup.overdueWarning(snapshot, now: Date()) { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
    }

    private static func printStatus(_ status: SyncStatus, setup: SyncSetup) {
        let time = ISO8601DateFormatter().string(from: Date())
        var line = "\(time) \(status.online ? "online" : "offline"): \(status.snapshot.pending) waiting, \(status.snapshot.failed) refused"
        if let problem = status.problem { line += " (\(problem))" }
        if let warning = setup.overdueWarning(status.snapshot, now: Date()) { line += " WARNING: \(warning)" }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
