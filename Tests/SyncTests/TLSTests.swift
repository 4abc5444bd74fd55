import ChildProcesses
import Foundation
import KioskStore
import KioskSync
import SyncProtocol
import TestScheduling
import Testing

/// The kiosk authenticates the central: real `khyber-central serve --tls-cert --tls-key` processes with
/// certificates from throw-away CAs made by openssl, real kiosks on loopback.
@Suite("TLS between kiosk and central", .serialized, .offCooperativePool)
struct TLSTests {
    /// These tests are about the transport (whom the kiosk believes is the central); request signing is
    /// attacked on its own in DeviceAuthenticationTests and ImpersonationTests, so here the central takes
    /// unsigned requests.
    static let transportOnly = ["--insecure-accept-any-kiosk"]

    @Test func anEnrolledKioskSignsOverTLSAndAnUnsignedOneIsRefused() async throws {
        // Both layers at once, as a province runs them: TLS with the province's CA, and signed requests.
        let root = try TestPaths.temporaryFolder()
        let province = try ThrowAwayCA.make("province", in: root)
        let databaseURL = try StorageBackend.sqlite.freshDatabaseURL(in: root)
        let central = try CentralServer(databaseURL: databaseURL, folder: root, arguments: province.serveArguments)
        defer { central.stop() }
        let trust = CentralTrust(caFile: province.certificate)
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 5, in: root)

        let unsigned = try HTTPSyncTransport(centralURL: central.url, trust: trust)
        let refused = await SyncEngine(registry: kiosk.registry, transport: unsigned).syncOnce()
        await unsigned.shutdown()
        #expect(!refused.completed && refused.acknowledgements.accepted == 0, "\(refused)")

        try await TestEnrolment.ensure(kiosk, at: central.url, trust: trust)
        let signed = try HTTPSyncTransport(centralURL: central.url, trust: trust, signer: kiosk.keys.signer(kioskID: kiosk.canonicalID))
        let engine = SyncEngine(registry: kiosk.registry, transport: signed)
        await engine.setKioskID(kiosk.kioskID)
        let report = await engine.syncOnce()
        await signed.shutdown()
        #expect(report.completed && report.acknowledgements.accepted == 5, "\(report)")
        let inspector = try await CentralInspector.open(databaseURL)
        #expect(try await inspector.storage.convergence(kioskID: "KPPSH001").operations == 5)
        await inspector.close()
    }

    @Test func aKioskSyncsOverTLSWithTheProvincesCA() async throws {
        let root = try TestPaths.temporaryFolder()
        let province = try ThrowAwayCA.make("province", in: root)
        let databaseURL = try StorageBackend.sqlite.freshDatabaseURL(in: root)
        let central = try CentralServer(databaseURL: databaseURL, folder: root, arguments: province.serveArguments + Self.transportOnly)
        defer { central.stop() }
        #expect(central.url.hasPrefix("https://"))
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 12, in: root)

        let transport = try HTTPSyncTransport(centralURL: central.url, trust: CentralTrust(caFile: province.certificate))
        #expect(transport.endpoint.notice == nil, "TLS needs no plain-HTTP notice")
        let engine = SyncEngine(registry: kiosk.registry, transport: transport)
        await engine.setKioskID(kiosk.kioskID)
        let report = await engine.syncOnce()
        await transport.shutdown()

        #expect(report.completed, "\(report)")
        #expect(report.acknowledgements.accepted == 12)
        let inspector = try await CentralInspector.open(databaseURL)
        #expect(try await inspector.storage.convergence(kioskID: "KPPSH001").operations == 12)
        await inspector.close()
    }

    @Test func aCentralWithACertificateFromAnotherCAIsRefusedAndGetsNothing() async throws {
        let root = try TestPaths.temporaryFolder()
        let province = try ThrowAwayCA.make("province", in: root)
        let impostor = try ThrowAwayCA.make("impostor", in: root)
        let databaseURL = try StorageBackend.sqlite.freshDatabaseURL(in: root)
        // The impostor's central has a perfectly good certificate for 127.0.0.1 — from a CA the kiosk does not trust.
        let central = try CentralServer(databaseURL: databaseURL, folder: root, arguments: impostor.serveArguments + Self.transportOnly)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 5, in: root)

        let transport = try HTTPSyncTransport(centralURL: central.url, trust: CentralTrust(caFile: province.certificate))
        let engine = SyncEngine(registry: kiosk.registry, transport: transport)
        await engine.setKioskID(kiosk.kioskID)
        let report = await engine.syncOnce()
        await transport.shutdown()

        guard case .central(.unreachable(let why)) = report.stoppedBy else {
            Issue.record("the round was not stopped by the central's certificate: \(report)")
            return
        }
        #expect(why.contains("certificate"), "\(why)")
        #expect(report.acknowledgements.accepted == 0)
        #expect(try kiosk.registry.syncSnapshot().pending == 5, "everything is still queued")
        let inspector = try await CentralInspector.open(databaseURL)
        #expect(try await inspector.storage.operationCount() == 0, "the impostor received nothing")
        await inspector.close()
    }

    @Test func aPinnedSelfSignedCentralIsTrustedAndAnotherCertificateIsNot() async throws {
        let root = try TestPaths.temporaryFolder()
        let genuine = try ThrowAwayCA.selfSigned("genuine-central", in: root)
        let impostor = try ThrowAwayCA.selfSigned("impostor-central", in: root)
        #expect(genuine.fingerprint != impostor.fingerprint)
        let pin = CentralTrust(fingerprints: [genuine.fingerprint])

        // The genuine central: no CA anywhere, the pin alone makes the kiosk trust it.
        let genuineDatabase = try StorageBackend.sqlite.freshDatabaseURL(in: root.appendingPathComponent("genuine-central"))
        let central = try CentralServer(databaseURL: genuineDatabase, folder: root, arguments: genuine.serveArguments + Self.transportOnly)
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 4, in: root)
        let transport = try HTTPSyncTransport(centralURL: central.url, trust: pin)
        let engine = SyncEngine(registry: kiosk.registry, transport: transport)
        await engine.setKioskID(kiosk.kioskID)
        let report = await engine.syncOnce()
        central.stop()
        #expect(report.completed && report.acknowledgements.accepted == 4, "\(report)")

        // Without the pin the same central is refused (its certificate is self-signed).
        try kiosk.submit(2, seed: 11)
        let unpinned = try CentralServer(databaseURL: genuineDatabase, folder: root, arguments: genuine.serveArguments + Self.transportOnly)
        let plainTransport = try HTTPSyncTransport(centralURL: unpinned.url)
        let plainEngine = SyncEngine(registry: kiosk.registry, transport: plainTransport)
        await plainEngine.setKioskID(kiosk.kioskID)
        let untrusted = await plainEngine.syncOnce()
        await plainTransport.shutdown()
        unpinned.stop()
        #expect(!untrusted.completed && untrusted.acknowledgements.accepted == 0, "\(untrusted)")

        // An impostor on the same address with its own self-signed certificate gets nothing.
        let impostorDatabase = try StorageBackend.sqlite.freshDatabaseURL(in: root.appendingPathComponent("impostor-central"))
        let fake = try CentralServer(databaseURL: impostorDatabase, folder: root, arguments: impostor.serveArguments + Self.transportOnly)
        defer { fake.stop() }
        let lured = try HTTPSyncTransport(centralURL: fake.url, trust: pin)
        let luredEngine = SyncEngine(registry: kiosk.registry, transport: lured)
        await luredEngine.setKioskID(kiosk.kioskID)
        let refused = await luredEngine.syncOnce()
        await lured.shutdown()
        await transport.shutdown()
        guard case .central(.unreachable(let why)) = refused.stoppedBy else {
            Issue.record("the impostor was not refused: \(refused)")
            return
        }
        #expect(why.contains("pinned"), "\(why)")
        let inspector = try await CentralInspector.open(impostorDatabase)
        #expect(try await inspector.storage.operationCount() == 0, "the impostor received nothing")
        await inspector.close()
        #expect(try kiosk.registry.syncSnapshot().pending == 2, "the two new applications still wait")
    }

    @Test func plainHTTPToAnotherMachineIsRefusedWhenTheConfigIsRead() throws {
        // In the library: before any connection.
        #expect(throws: CentralEndpointError.self) { try CentralEndpoint.check("http://10.20.30.40:8471") }
        #expect(throws: CentralEndpointError.self) { try CentralEndpoint.check("http://127.0.0.1.example.pk:8471") }
        #expect(throws: CentralEndpointError.self) { try CentralEndpoint.check("ftp://127.0.0.1:8471") }
        let loopback = try CentralEndpoint.check("http://127.0.0.1:8471")
        #expect(loopback.notice?.contains("plain HTTP") == true && loopback.notice?.contains("loopback") == true)
        #expect(try CentralEndpoint.check("http://[::1]:8471").tls == nil)
        #expect(try CentralEndpoint.check("https://10.20.30.40:8471").tls != nil)

        // And by the real command line: a config with such a central_url is refused with the reason, and
        // so is --central on the command line; nothing is sent (no central listens there anyway).
        let root = try TestPaths.temporaryFolder()
        let config = root.appendingPathComponent("kiosk.yaml")
        try "kiosk_id: KP-PSH-001\ncentral_url: http://10.20.30.40:8471\n".write(to: config, atomically: true, encoding: .utf8)
        let kiosk = try TestPaths.binary("khyber-kiosk")
        let checked = try ChildProcess.run(kiosk, ["config-check", config.path], outputFolder: root)
        #expect(checked.status != 0)
        #expect(checked.stderr.contains("plain http:// is allowed to this machine only"), "\(checked.stderr)")
        let synced = try ChildProcess.run(
            kiosk, ["sync", "--once", "--central", "http://10.20.30.40:8471", "--data", root.appendingPathComponent("data").path],
            outputFolder: root
        )
        #expect(synced.status != 0 && synced.status != 3, "a config error, not 'central unreachable'")
        #expect(synced.stderr.contains("plain http://"), "\(synced.stderr)")
    }

    @Test func aFingerprintIsReadInEverySpellingToolsPrint() {
        let hex = String(repeating: "ab", count: 32)
        let colons = stride(from: 0, to: 64, by: 2).map { i in String(hex.uppercased().dropFirst(i).prefix(2)) }.joined(separator: ":")
        #expect(CentralTrust.normalisedFingerprint(colons) == hex)
        #expect(CentralTrust.normalisedFingerprint(hex) == hex)
        #expect(CentralTrust.normalisedFingerprint(String(hex.dropLast())) == nil)
        #expect(CentralTrust(fingerprints: [colons, "nonsense"]).fingerprints == [hex])
    }
}
