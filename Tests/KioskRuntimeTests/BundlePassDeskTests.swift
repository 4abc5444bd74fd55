import Crypto
import Foundation
import GRDB
import IdentityCore
import KioskRuntime
import KioskStore
import ProvincialTrust
import SyntheticRegistry
import Testing

/// The pass desk under a trust bundle, on a real registry file: it signs with the kiosk's own listed key,
/// hands back a valid pass even once that key may no longer sign, and never revokes before it can reissue.
@Suite struct BundlePassDeskTests {
    @Test func theDeskSignsWithTheListedKeyAndKeepsPassesWhenItCannotSign() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-desk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = try RegistryDatabase(url: folder.appendingPathComponent("registry.sqlite"))
        let generator = SyntheticRegistry(seed: 3, catalog: SessionHarness.districts)
        try RegistrySeeder(database: registry, batchSize: 100).seed(try generator.seedingSequence(count: 5), expectedCount: 7)
        let cnic = try CNIC("17301-1234567-1")

        let root = ProvincialRootKey.make()
        var ring = IssuerKeyring()
        let key = ring.addKey(now: SessionHarness.start)
        let start = SessionHarness.start
        let content = TrustBundleContent(
            version: 1, issuedAt: start, expiresAt: start.addingTimeInterval(90 * 86_400),
            issuers: [BundleIssuer(
                publicKey: key.publicKeyBase64, keyID: 200, label: "kiosk", scope: "kiosk:KPPSH001",
                signUntil: start.addingTimeInterval(86_400), verifyUntil: start.addingTimeInterval(2000 * 86_400))])
        let file = try SignedTrustBundle.sign(content: content.encoded(), with: root).fileData()
        #expect(try await registry.storeTrustBundle(version: 1, file: file, issuerKeys: [key.publicKeyBase64], at: start))
        #expect(try await registry.storeTrustBundle(version: 1, file: file, issuerKeys: [], at: start) == false, "no rollback below the verifier either")
        let setting = ProvincialTrustSetting(root: root.publicKey, kioskID: "KPPSH001", keyring: ring)

        func desk(at instant: Date) -> PassDesk {
            PassDesk(registry: registry, makeSigner: { try registry.bundlePassSigner(setting, now: instant) })
        }
        let issued = try desk(at: start).currentPass(for: cnic, now: start, trustList: try registry.bundleTrust(setting, now: start).trustList)
        let later = start.addingTimeInterval(10 * 86_400)
        let trustLater = try registry.bundleTrust(setting, now: later).trustList
        #expect(PassVerifier(trustList: trustLater).verify(issued.text, now: later).isValid)
        // The key may no longer sign, yet the citizen's valid pass comes back.
        #expect(try desk(at: later).currentPass(for: cnic, now: later, trustList: trustLater).text == issued.text)
        // A reissue cannot sign: refused, and the old pass is not revoked on the way.
        #expect(throws: PassIssuingRefusal.self) { try desk(at: later).currentPass(for: cnic, now: later, trustList: trustLater, reissue: true) }
        #expect(try registry.latestPass(for: cnic)?.revokedAt == nil)
        // A registry file changed on disk (the stored bundle's bytes) is not believed.
        try registry.close()
        try GRDBPatch.corruptStoredBundle(at: folder.appendingPathComponent("registry.sqlite"))
        let reopened = try RegistryDatabase(url: folder.appendingPathComponent("registry.sqlite"))
        let tampered = try reopened.bundleTrust(setting, now: later)
        #expect(tampered.trustList.signers.isEmpty && tampered.warning?.contains("not believed") == true)
        try reopened.close()
    }
}

/// Changes a registry file behind the registry's back, as a stolen-disk attacker would.
enum GRDBPatch {
    static func corruptStoredBundle(at url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            // Raise the stored bundle's version in place (the signature no longer matches).
            try db.execute(sql: "UPDATE trust_bundle SET file = CAST(replace(CAST(file AS TEXT), '\"version\" : 1', '\"version\" : 9') AS BLOB) WHERE id = 1")
        }
        try queue.close()
    }
}
