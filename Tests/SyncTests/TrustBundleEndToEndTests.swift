import CentralStore
import ChildProcesses
import Crypto
import Foundation
import IdentityCore
import KioskApp
import KioskRuntime
import KioskStore
import KioskSync
import ProvincialTrust
import SyncProtocol
import TestScheduling
import Testing

/// The provincial trust bundle end to end through real `khyber-central` processes on loopback, on SQLite and
/// PostgreSQL: root-init → pin → add-signer → draft → sign (offline) → publish → a kiosk's pull announces it →
/// fetched, verified against the pinned root, stored; every hostile bundle refused with the last good one kept.
@Suite("Trust bundle end to end", .serialized, .offCooperativePool)
struct TrustBundleEndToEndTests {
    let cnic = try! CNIC("17301-1234567-1")

    func pass(_ key: Curve25519.Signing.PrivateKey, keyID: UInt8, serial: UInt32, on day: CalendarDate = CalendarDate(pakistanDayOf: Date())) throws -> String {
        try PassIssuer.issue(
            PassClaims(keyID: keyID, cnic: cnic, serial: serial, issuedOn: day, validityMonths: 60), with: Ed25519PassSigner(privateKey: key, keyID: keyID))
    }

    @Test(arguments: StorageBackend.allCases)
    func theCycleReachesTheKioskAndBadBundlesAreRefusedAtTheCentral(_ backend: StorageBackend) async throws {
        let folder = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: folder), folder: folder)
        defer { central.stop() }
        let cycle = try TrustCycle.start(central, in: folder)
        let mode = try FileManager.default.attributesOfItem(atPath: cycle.rootFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "the root key file is private")

        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 1, in: folder)
        var ring = IssuerKeyring()
        let key = ring.addKey(now: Date()).privateKey
        try cycle.addIssuer(key.publicKey, kiosk: "KP-PSH-001", keyID: 12, signUntil: "2030-01-01", verifyUntil: "2036-01-01")
        let first = try cycle.publishNext()

        // Before the kiosk holds a bundle nothing is trusted, not even its own key.
        let setting = kiosk.trustSetting(cycle.root, keyring: ring)
        #expect(try kiosk.registry.bundleTrust(setting, now: Date()).trustList.signers.isEmpty)
        let report = try await kiosk.trustingSync(central.url, root: cycle.root)
        #expect(report.completed, "\(report)")
        #expect(report.trustBundle == .updated(version: 1))
        #expect(try kiosk.registry.heldTrustBundle()?.version == 1)

        // The kiosk issues with its own key, and the pass verifies under the bundle.
        let signer = try kiosk.registry.bundlePassSigner(setting, now: Date())
        #expect(signer.publicKey.rawRepresentation == key.publicKey.rawRepresentation && signer.keyID == 12)
        let trust = try kiosk.registry.bundleTrust(setting, now: Date())
        #expect(trust.warning == nil)
        #expect(PassVerifier(trustList: trust.trustList).verify(try pass(key, keyID: 12, serial: 1), now: Date()).isValid)

        // Another root's bundle, the same version again, a truncated file: the central refuses each by name.
        let strangerRoot = folder.appendingPathComponent("stranger.json")
        try ProvincialRootKey.make().save(to: strangerRoot)
        let draft = folder.appendingPathComponent("draft-stranger.json"), forged = folder.appendingPathComponent("forged.ktb")
        try cycle.trust(["draft", "--out", draft.path])
        #expect(try ChildProcessRunner.central(["trust", "sign", "--root-key", strangerRoot.path, "--draft", draft.path, "--out", forged.path], folder: folder).status == 0)
        let wrongRoot = try central.command(["trust", "publish", forged.path])
        #expect(wrongRoot.status != 0 && wrongRoot.stderr.contains("not the pinned provincial root"), "\(wrongRoot.stderr)")
        let again = try central.command(["trust", "publish", first.path])
        #expect(again.status != 0 && again.stderr.contains("rollback"), "\(again.stderr)")
        let cut = folder.appendingPathComponent("cut.ktb")
        try Data(try Data(contentsOf: first).dropLast(40)).write(to: cut)
        let truncated = try central.command(["trust", "publish", cut.path])
        #expect(truncated.status != 0 && truncated.stderr.contains("truncated"), "\(truncated.stderr)")

        // A round with nothing newer fetches nothing.
        let quiet = try await kiosk.trustingSync(central.url, root: cycle.root)
        #expect(quiet.completed && quiet.trustBundle == nil)
    }

    @Test(arguments: StorageBackend.allCases)
    func aKioskRefusesForgedOlderAndTruncatedBundlesAndKeepsTheLastGood(_ backend: StorageBackend) async throws {
        let folder = try TestPaths.temporaryFolder()
        let databaseURL = try backend.freshDatabaseURL(in: folder)
        let central = try CentralServer(databaseURL: databaseURL, folder: folder)
        defer { central.stop() }
        let cycle = try TrustCycle.start(central, in: folder)
        let key = Curve25519.Signing.PrivateKey()
        try cycle.addIssuer(key.publicKey, kiosk: "KP-MRD-002", keyID: 3, signUntil: "2030-01-01", verifyUntil: "2036-01-01")
        try cycle.publishNext()
        let v2 = try cycle.publishNext()
        let kiosk = try SimulatedKiosk.make("KP-MRD-002", applications: 0, in: folder)
        #expect(try await kiosk.trustingSync(central.url, root: cycle.root).trustBundle == .updated(version: 2))

        // What a compromised central (or a proxy) could serve, written straight into its database.
        let inspector = try await CentralInspector.open(databaseURL)
        func serve(_ file: Data, as version: Int64) async throws {
            try await inspector.storage.publishTrustBundle(PublishedTrustBundle(version: version, file: file, expiresAt: Date(), publishedAt: Date()))
        }
        let now = Date()
        let attacker = ProvincialRootKey.make()
        let evil = TrustBundleContent(
            version: 3, issuedAt: now, expiresAt: now.addingTimeInterval(86_400 * 90),
            issuers: [BundleIssuer(
                publicKey: Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString(), keyID: 3, label: "attacker",
                scope: "kiosk:KPMRD002", signUntil: now.addingTimeInterval(86_400), verifyUntil: now.addingTimeInterval(86_400))])
        try await serve(try SignedTrustBundle.sign(content: evil.encoded(), with: attacker).fileData(), as: 3)
        var report = try await kiosk.trustingSync(central.url, root: cycle.root)
        #expect(report.trustBundle.map { if case .refused(let why) = $0 { why.code } else { "" } } == "wrong-root", "\(String(describing: report.trustBundle))")
        try await serve(try Data(contentsOf: v2), as: 4) // an older (replayed) bundle announced as newer
        report = try await kiosk.trustingSync(central.url, root: cycle.root)
        #expect(report.trustBundle == .refused(.rollback(offered: 2, held: 2)))
        try await serve(Data(try Data(contentsOf: v2).prefix(300)), as: 5)
        report = try await kiosk.trustingSync(central.url, root: cycle.root)
        #expect(report.trustBundle.map { if case .refused(let why) = $0 { why.code } else { "" } } == "truncated")
        await inspector.close()

        // The last good bundle stands, and the attacker's issuer is not believed.
        #expect(try kiosk.registry.heldTrustBundle()?.version == 2)
        let trust = try kiosk.registry.bundleTrust(kiosk.trustSetting(cycle.root), now: Date()).trustList
        #expect(trust.signers.map(\.publicKey.rawRepresentation) == [key.publicKey.rawRepresentation])
        #expect(report.completed, "a refused bundle never stops the round: \(report)")
    }

    @Test(arguments: StorageBackend.allCases)
    func aSignerInjectedThroughPullIsIgnored(_ backend: StorageBackend) async throws {
        let folder = try TestPaths.temporaryFolder()
        let databaseURL = try backend.freshDatabaseURL(in: folder)
        let central = try CentralServer(databaseURL: databaseURL, folder: folder)
        defer { central.stop() }
        let cycle = try TrustCycle.start(central, in: folder)
        let genuine = Curve25519.Signing.PrivateKey()
        try cycle.addIssuer(genuine.publicKey, kiosk: "KP-PSH-001", keyID: 9, signUntil: "2030-01-01", verifyUntil: "2036-01-01")
        try cycle.publishNext()
        // The MITM's trick: a pull answer that adds its own key and removes the genuine one.
        let attacker = Curve25519.Signing.PrivateKey()
        let inspector = try await CentralInspector.open(databaseURL)
        try await inspector.storage.addTrustedSigner(TrustedSignerRecord(
            keyID: "09", publicKey: attacker.publicKey.rawRepresentation.base64EncodedString(), label: "proxy"))
        try await inspector.storage.addTrustedSigner(TrustedSignerRecord(
            keyID: "0a", publicKey: genuine.publicKey.rawRepresentation.base64EncodedString(), label: "genuine"))
        try await inspector.storage.removeTrustedSigner(keyID: "0a")
        await inspector.close()

        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: folder)
        let report = try await kiosk.trustingSync(central.url, root: cycle.root)
        #expect(report.completed && report.pulled.trust == 3 && report.trustBundle == .updated(version: 1), "\(report)")
        let trust = try kiosk.registry.bundleTrust(kiosk.trustSetting(cycle.root), now: Date()).trustList
        let verifier = PassVerifier(trustList: trust)
        #expect(verifier.verify(try pass(attacker, keyID: 9, serial: 5), now: Date()) == .badSignature, "the forged pass stays refused")
        #expect(verifier.verify(try pass(genuine, keyID: 9, serial: 5), now: Date()).isValid, "the genuine key stays trusted")
        // The legacy merge (no pinned root) does not believe pulled signers either.
        let legacy = try kiosk.registry.verificationTrustList(file: TrustList())
        #expect(legacy.signers.isEmpty)
    }

    @Test(arguments: StorageBackend.allCases)
    func rotationEndToEnd(_ backend: StorageBackend) async throws {
        let folder = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: folder), folder: folder)
        defer { central.stop() }
        let cycle = try TrustCycle.start(central, in: folder)
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: folder)
        var ring = IssuerKeyring()
        let old = ring.addKey(now: Date()).privateKey
        try cycle.addIssuer(old.publicKey, kiosk: "KP-PSH-001", keyID: 1, signUntil: "2030-01-01", verifyUntil: "2036-01-01")
        try cycle.publishNext()
        #expect(try await kiosk.trustingSync(central.url, root: cycle.root).trustBundle == .updated(version: 1))
        var setting = kiosk.trustSetting(cycle.root, keyring: ring)
        let oldSigner = try kiosk.registry.bundlePassSigner(setting, now: Date())
        let oldPass = try PassIssuer.issue(
            PassClaims(keyID: 0, cnic: cnic, serial: 1, issuedOn: CalendarDate(pakistanDayOf: Date()), validityMonths: 60), with: oldSigner)

        // The kiosk makes its next key; the central lists it ahead of use and closes the old key's signing window.
        let new = ring.addKey(now: Date()).privateKey
        setting.keyring = ring
        try cycle.addIssuer(new.publicKey, kiosk: "KP-PSH-001", keyID: 2, signUntil: "2031-01-01", verifyUntil: "2037-01-01")
        try cycle.addIssuer(old.publicKey, kiosk: "KP-PSH-001", keyID: 1, signUntil: "2026-01-01", verifyUntil: "2036-01-01")
        try cycle.publishNext()
        #expect(try await kiosk.trustingSync(central.url, root: cycle.root).trustBundle == .updated(version: 2))
        let newSigner = try kiosk.registry.bundlePassSigner(setting, now: Date())
        #expect(newSigner.publicKey.rawRepresentation == new.publicKey.rawRepresentation && newSigner.keyID == 2)
        let newPass = try PassIssuer.issue(
            PassClaims(keyID: 0, cnic: cnic, serial: 2, issuedOn: CalendarDate(pakistanDayOf: Date()), validityMonths: 60), with: newSigner)
        var verifier = PassVerifier(trustList: try kiosk.registry.bundleTrust(setting, now: Date()).trustList)
        #expect(verifier.verify(newPass, now: Date()).isValid)
        #expect(verifier.verify(oldPass, now: Date()).code == "signed-after-window", "issued today, after the old key's window closed")
        let oldButInWindow = try pass(old, keyID: 1, serial: 3, on: CalendarDate(iso: "2025-12-01")!)
        #expect(verifier.verify(oldButInWindow, now: Date()).isValid, "the old key is verify-only: its earlier passes stand")

        // The old key is removed: its passes are refused with their own reason.
        try cycle.trust(["remove-signer", "--public-key", old.publicKey.rawRepresentation.base64EncodedString()])
        try cycle.trust(["revoke", "--issuer", new.publicKey.rawRepresentation.base64EncodedString(), "--serial", "2"])
        try cycle.publishNext()
        #expect(try await kiosk.trustingSync(central.url, root: cycle.root).trustBundle == .updated(version: 3))
        verifier = PassVerifier(trustList: try kiosk.registry.bundleTrust(setting, now: Date()).trustList)
        #expect(verifier.verify(oldButInWindow, now: Date()).code == "issuer-removed")
        #expect(verifier.verify(newPass, now: Date()).code == "revoked", "revoked by (issuer, serial)")
        #expect(verifier.verify(try pass(new, keyID: 2, serial: 4), now: Date()).isValid)
    }

    @Test(arguments: StorageBackend.allCases)
    func anExpiredBundleDegradesWithAWarningAtTheKioskAndTheCentral(_ backend: StorageBackend) async throws {
        let folder = try TestPaths.temporaryFolder()
        let token = try MetricsScrape.tokenFile(in: folder)
        let central = try CentralServer(
            databaseURL: try backend.freshDatabaseURL(in: folder), folder: folder, arguments: ["--metrics-token-file", token.file.path])
        defer { central.stop() }
        let cycle = try TrustCycle.start(central, in: folder)
        let key = Curve25519.Signing.PrivateKey()
        let now = Date()
        // A bundle whose re-signing job never ran: it expired yesterday.
        let content = TrustBundleContent(
            version: 1, issuedAt: now.addingTimeInterval(-91 * 86_400).rounded, expiresAt: now.addingTimeInterval(-86_400).rounded,
            issuers: [BundleIssuer(
                publicKey: key.publicKey.rawRepresentation.base64EncodedString(), keyID: 4, label: "kiosk", scope: "kiosk:KPPSH001",
                signUntil: now.addingTimeInterval(365 * 86_400).rounded, verifyUntil: now.addingTimeInterval(2000 * 86_400).rounded)])
        let file = folder.appendingPathComponent("expired.ktb")
        try SignedTrustBundle.sign(content: content.encoded(), with: cycle.root).fileData().write(to: file)
        try cycle.trust(["publish", file.path])

        let transport = try HTTPSyncTransport(centralURL: central.url)
        let health = try await transport.probe()
        await transport.shutdown()
        #expect(health.status == "ok" && health.trustBundle?.state == "expired" && health.trustBundle?.version == 1)
        #expect(health.trustBundle?.warning?.contains("expired") == true)
        let metrics = try MetricsScrape.text(central.url, token: token.value, folder: folder)
        #expect(metrics.contains("khyber_trust_bundle_state{state=\"expired\"} 1"), "\(metrics.prefix(2000))")

        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: folder)
        let pinned = cycle.root.publicKey.rawRepresentation
        #expect(kiosk.registry.trustWarnings(root: pinned, now: Date()) == [.noBundle])
        #expect(try await kiosk.trustingSync(central.url, root: cycle.root).trustBundle == .updated(version: 1))
        #expect(kiosk.registry.trustWarnings(root: pinned, now: Date()) == [.expired(since: content.expiresAt)], "the operators' warning")
        #expect(kiosk.registry.trustWarnings(root: pinned, now: content.expiresAt.addingTimeInterval(-3 * 86_400))
            == [.expiringSoon(expiresAt: content.expiresAt)])
        #expect(kiosk.registry.trustWarnings(root: pinned, now: content.issuedAt) == [])
        #expect(kiosk.registry.trustWarnings(root: Curve25519.Signing.PrivateKey().publicKey.rawRepresentation, now: Date()) == [.notBelieved])
        let state = try kiosk.registry.bundleTrust(kiosk.trustSetting(cycle.root), now: Date())
        #expect(state.freshness?.code == "expired")
        #expect(state.warning?.contains("trust list expired") == true)
        #expect(PassVerifier(trustList: state.trustList).verify(try pass(key, keyID: 4, serial: 1), now: Date()).isValid, "still verifying: never a cliff")
    }
}

extension Date {
    /// Whole seconds (bundle instants are whole seconds).
    var rounded: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}

/// `GET /metrics` as text.
enum MetricsScrape {
    /// `/metrics` as a scraper with the central's token reads it.
    static func text(_ centralURL: String, token: String, folder: URL) throws -> String {
        try ChildProcess.run(
            "/usr/bin/curl", ["-sS", "--max-time", "10", "-H", "Authorization: Bearer \(token)", centralURL + "/metrics"], outputFolder: folder
        ).stdout
    }

    /// A fresh metrics token in a 0600 file in `folder`.
    static func tokenFile(in folder: URL) throws -> (file: URL, value: String) {
        let file = folder.appendingPathComponent("metrics.token")
        let value = "scrape-" + UUID().uuidString
        try (value + "\n").write(to: file, atomically: true, encoding: .utf8)
        chmod(file.path, 0o600)
        return (file, value)
    }
}
