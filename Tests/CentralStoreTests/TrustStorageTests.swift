import CentralStore
import Foundation
import ProvincialTrust
import TestScheduling
import Testing

/// The central's trust tables on both backends: issuers, revocations per issuer, the pinned root, published bundles.
@Suite("Trust storage: issuers, revocations, root, published bundles", .offCooperativePool)
struct TrustStorageTests {
    static let keyA = Data(repeating: 1, count: 32).base64EncodedString()
    static let keyB = Data(repeating: 2, count: 32).base64EncodedString()
    static let day = Date(timeIntervalSince1970: 1_800_000_000)

    static func issuer(_ key: String, scope: String = "kiosk:KPPSH001", keyID: Int = 7) -> BundleIssuer {
        BundleIssuer(publicKey: key, keyID: keyID, label: "kiosk", scope: scope, signUntil: day, verifyUntil: day.addingTimeInterval(86_400))
    }

    @Test(arguments: Backend.allCases)
    func issuersAreKeptInOrderReplacedByKeyAndRemoved(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            try await storage.upsertIssuer(Self.issuer(Self.keyA))
            try await storage.upsertIssuer(Self.issuer(Self.keyB, scope: "central"))
            try await storage.upsertIssuer(Self.issuer(Self.keyA, keyID: 9)) // replaces, keeps its place
            #expect(try await storage.issuers().map(\.publicKey) == [Self.keyA, Self.keyB])
            #expect(try await storage.issuers().first?.keyID == 9)
            #expect(try await storage.issuers().first?.signUntil == Self.day)
            try await storage.removeIssuer(publicKey: Self.keyA)
            #expect(try await storage.issuers().map(\.publicKey) == [Self.keyB])
            await #expect(throws: CentralStorageError.self) { try await storage.removeIssuer(publicKey: Self.keyA) }
            await #expect(throws: CentralStorageError.self) { try await storage.upsertIssuer(Self.issuer("AAAA")) }
            await #expect(throws: CentralStorageError.self) { try await storage.upsertIssuer(Self.issuer(Self.keyA, scope: "kiosk:bad id")) }
        }
    }

    @Test(arguments: Backend.allCases)
    func revocationsArePerIssuerAndBeforeOnlyMovesLater(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            try await storage.revokeIssuedPass(RevokedPass(issuer: Self.keyA, serial: 42))
            try await storage.revokeIssuedPass(RevokedPass(issuer: Self.keyA, serial: 42)) // idempotent
            try await storage.revokeIssuedPass(RevokedPass(issuer: Self.keyB, serial: 42))
            try await storage.revokeIssued(before: RevokedBefore(issuer: Self.keyA, day: "2026-11-01"))
            try await storage.revokeIssued(before: RevokedBefore(issuer: Self.keyA, day: "2026-10-01")) // earlier: ignored
            let revocations = try await storage.issuerRevocations()
            #expect(Set(revocations.passes) == [RevokedPass(issuer: Self.keyA, serial: 42), RevokedPass(issuer: Self.keyB, serial: 42)])
            #expect(revocations.before == [RevokedBefore(issuer: Self.keyA, day: "2026-11-01")])
            await #expect(throws: CentralStorageError.self) { try await storage.revokeIssuedPass(RevokedPass(issuer: Self.keyA, serial: 0)) }
            await #expect(throws: CentralStorageError.self) { try await storage.revokeIssued(before: RevokedBefore(issuer: Self.keyA, day: "yesterday")) }
        }
    }

    @Test(arguments: Backend.allCases)
    func theRootIsPinnedOnceAndBundlesOnlyGoForward(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            #expect(try await storage.pinnedTrustRoot() == nil)
            #expect(try await storage.latestTrustBundle() == nil)
            try await storage.pinTrustRoot(publicKey: Self.keyA, replacing: false)
            try await storage.pinTrustRoot(publicKey: Self.keyA, replacing: false) // the same again is fine
            await #expect(throws: CentralStorageError.self) { try await storage.pinTrustRoot(publicKey: Self.keyB, replacing: false) }
            #expect(try await storage.pinnedTrustRoot() == Self.keyA)
            try await storage.pinTrustRoot(publicKey: Self.keyB, replacing: true)
            #expect(try await storage.pinnedTrustRoot() == Self.keyB)

            let file = Data("khyber-trust-bundle 1\n…\u{0}\u{FF}".utf8) + Data([0, 255, 10])
            try await storage.publishTrustBundle(PublishedTrustBundle(version: 3, file: file, expiresAt: Self.day, publishedAt: Self.day))
            await #expect(throws: CentralStorageError.self) {
                try await storage.publishTrustBundle(PublishedTrustBundle(version: 3, file: file, expiresAt: Self.day, publishedAt: Self.day))
            }
            await #expect(throws: CentralStorageError.self) {
                try await storage.publishTrustBundle(PublishedTrustBundle(version: 2, file: file, expiresAt: Self.day, publishedAt: Self.day))
            }
            try await storage.publishTrustBundle(PublishedTrustBundle(version: 4, file: file + Data([1]), expiresAt: Self.day, publishedAt: Self.day))
            let latest = try await storage.latestTrustBundle()
            #expect(latest?.version == 4 && latest?.file == file + Data([1]), "bytes kept exactly")
            #expect(try await storage.latestTrustBundleSummary() == TrustBundleSummary(version: 4, expiresAt: Self.day))
        }
    }
}
