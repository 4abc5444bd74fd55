import Foundation
import KioskApp
import KioskStore
import KioskSync
import RequestSigning

/// The sync settings one kiosk runs with, from its config and the command line.
public struct SyncSetup: Sendable {
    public var centralURL: String
    public var kioskID: String
    public var intervalSeconds: Int
    public var warnAfterHours: Int
    public var districts: [Int]
    /// The pinned provincial root (raw 32 bytes): with it the engine fetches and verifies trust bundles.
    public var trustRoot: Data?
    /// Signs every request with the kiosk's device key; nil when the kiosk has no key yet (not enrolled:
    /// the central answers 401 and the badge says so).
    public var signer: RequestSigner?
    /// What the kiosk believes about the central's TLS certificate (`central_ca`, `central_fingerprints`).
    public var trust: CentralTrust

    /// The settings of one kiosk's sync.
    public init(
        centralURL: String, kioskID: String, intervalSeconds: Int, warnAfterHours: Int, districts: [Int], signer: RequestSigner? = nil,
        trust: CentralTrust = CentralTrust()
    ) {
        self.signer = signer
        self.trust = trust
        self.centralURL = centralURL
        self.kioskID = kioskID
        self.intervalSeconds = intervalSeconds
        self.warnAfterHours = warnAfterHours
        self.districts = districts
    }

    /// The HTTP transport to `centralURL`, signing with `signer`, believing the central's certificate as
    /// `trust` says (throws for plain HTTP to another machine).
    public func transport() throws(CentralEndpointError) -> HTTPSyncTransport {
        try HTTPSyncTransport(centralURL: centralURL, trust: trust, signer: signer)
    }

    /// The engine for `registry`, talking HTTP to `centralURL`. `fault` is for crash tests only.
    public func engine(registry: RegistryDatabase, transport: HTTPSyncTransport, fault: @escaping @Sendable (SyncFaultPoint) -> Void = { _ in }) async -> SyncEngine {
        let engine = SyncEngine(registry: registry, transport: transport, settings: .init(districts: districts, trustRoot: trustRoot), fault: fault)
        await engine.setKioskID(kioskID)
        return engine
    }

    /// The header badge for a loop report, with what operators must be told about trust and the clock.
    public func badge(_ status: SyncStatus, trustWarnings: [TrustWarning] = []) -> ConnectionBadge {
        ConnectionBadge(
            link: status.online ? .online : .offline, pending: status.snapshot.pending, oldestPending: status.snapshot.oldestPending,
            failed: status.snapshot.failed, lastSync: status.snapshot.lastSync, warnAfter: TimeInterval(warnAfterHours * 3600),
            storageProblem: status.hasDatabaseProblem, trustWarnings: trustWarnings
        )
    }

    /// The trust and clock warnings after a round: the held bundle's state and the clock offset the central's
    /// last 401 reported.
    public func trustWarnings(registry: RegistryDatabase, clockOffsetSeconds: Int64?, now: Date) -> [TrustWarning] {
        registry.trustWarnings(root: trustRoot, now: now) + (clockOffsetSeconds.map { [.clockOff(seconds: $0)] } ?? [])
    }

    /// A warning when the oldest unsent operation is older than `warnAfterHours`; nil otherwise.
    public func overdueWarning(_ snapshot: SyncSnapshot, now: Date) -> String? {
        guard snapshot.pending > 0, let oldest = snapshot.oldestPending, now.timeIntervalSince(oldest) > TimeInterval(warnAfterHours * 3600) else {
            return nil
        }
        let hours = Int(now.timeIntervalSince(oldest) / 3600)
        return "\(snapshot.pending) operations wait to be sent; the oldest is \(hours) h old (more than \(warnAfterHours) h). Check the network or take the data to a connected centre."
    }

    /// The crash-test fault point named by `KHYBER_SYNC_FAULT`, if any: the process exits there at once
    /// (like a power cut), without committing.
    public static func faultFromEnvironment() -> @Sendable (SyncFaultPoint) -> Void {
        guard let name = ProcessInfo.processInfo.environment["KHYBER_SYNC_FAULT"], let point = SyncFaultPoint(rawValue: name) else {
            return { _ in }
        }
        return { reached in if reached == point { _exit(86) } }
    }
}
