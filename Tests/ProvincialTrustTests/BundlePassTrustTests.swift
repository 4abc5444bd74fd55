import Crypto
import Foundation
import IdentityCore
import Testing
@testable import ProvincialTrust

/// Passes checked against a bundle's trust list: exactly its issuers, within their windows, revocation per
/// (issuer, serial), and rotation from one kiosk key to the next.
@Suite("Passes verified against a trust bundle")
struct BundlePassTrustTests {
    let cnic = try! CNIC("17301-1234567-1")
    let issuedOn = CalendarDate(iso: "2026-12-10")!
    let now = BundleFixtures.instant("2026-12-15T09:00:00Z")

    func issuer(_ key: Curve25519.Signing.PrivateKey, keyID: Int, kiosk: String = "KPPSH001", signUntil: String, verifyUntil: String) -> BundleIssuer {
        BundleIssuer(
            publicKey: key.publicKey.rawRepresentation.base64EncodedString(), keyID: keyID, label: "kiosk \(kiosk)",
            scope: BundleIssuer.kioskScope(kiosk), signUntil: BundleFixtures.instant(signUntil), verifyUntil: BundleFixtures.instant(verifyUntil))
    }

    func pass(_ key: Curve25519.Signing.PrivateKey, keyID: UInt8, serial: UInt32, on day: CalendarDate? = nil) throws -> String {
        let claims = PassClaims(keyID: keyID, cnic: cnic, serial: serial, issuedOn: day ?? issuedOn, validityMonths: 60)
        return try PassIssuer.issue(claims, with: Ed25519PassSigner(privateKey: key, keyID: keyID))
    }

    @Test func exactlyTheBundlesIssuersAreBelievedAndTheIdIsOnlyAHint() throws {
        let a = Curve25519.Signing.PrivateKey(), b = Curve25519.Signing.PrivateKey(), stranger = Curve25519.Signing.PrivateKey()
        // Two issuers share key id 7: both must be tried.
        let content = BundleFixtures.content(version: 1, now: now, issuers: [
            issuer(a, keyID: 7, signUntil: "2027-12-01T00:00:00Z", verifyUntil: "2032-12-31T00:00:00Z"),
            issuer(b, keyID: 7, kiosk: "KPMRD002", signUntil: "2027-12-01T00:00:00Z", verifyUntil: "2032-12-31T00:00:00Z"),
        ])
        let verifier = PassVerifier(trustList: content.passTrustList())
        #expect(verifier.verify(try pass(a, keyID: 7, serial: 1), now: now).isValid)
        #expect(verifier.verify(try pass(b, keyID: 7, serial: 1), now: now).isValid)
        #expect(verifier.verify(try pass(stranger, keyID: 7, serial: 1), now: now) == .badSignature)
        #expect(verifier.verify(try pass(stranger, keyID: 8, serial: 1), now: now) == .unknownSigner(keyID: 8))
    }

    @Test func revocationIsPerIssuerAndSerialSoSerialsNeverCollide() throws {
        let a = Curve25519.Signing.PrivateKey(), b = Curve25519.Signing.PrivateKey()
        var content = BundleFixtures.content(version: 1, now: now, issuers: [
            issuer(a, keyID: 1, signUntil: "2027-12-01T00:00:00Z", verifyUntil: "2032-12-31T00:00:00Z"),
            issuer(b, keyID: 2, kiosk: "KPMRD002", signUntil: "2027-12-01T00:00:00Z", verifyUntil: "2032-12-31T00:00:00Z"),
        ], revokedPasses: [RevokedPass(issuer: a.publicKey.rawRepresentation.base64EncodedString(), serial: 42)])
        var verifier = PassVerifier(trustList: content.passTrustList())
        #expect(verifier.verify(try pass(a, keyID: 1, serial: 42), now: now).code == "revoked")
        #expect(verifier.verify(try pass(b, keyID: 2, serial: 42), now: now).isValid) // kiosk B's pass 42 stands
        content.revokedBefore = [RevokedBefore(issuer: b.publicKey.rawRepresentation.base64EncodedString(), day: "2026-12-11")]
        verifier = PassVerifier(trustList: content.passTrustList())
        #expect(verifier.verify(try pass(b, keyID: 2, serial: 43), now: now).code == "revoked") // issued 12-10, before 12-11
        #expect(verifier.verify(try pass(b, keyID: 2, serial: 44, on: CalendarDate(iso: "2026-12-11")), now: now).isValid)
    }

    @Test func rotationNewKeyAheadOldKeyVerifyOnlyRemovedKeyHasItsOwnReason() throws {
        let old = Curve25519.Signing.PrivateKey(), new = Curve25519.Signing.PrivateKey()
        // The kiosk's own keyring holds both keys during the rotation.
        let held: Set<Data> = [old.publicKey.rawRepresentation, new.publicKey.rawRepresentation]
        // Bundle 1: only the old key.
        let oldIssuer = issuer(old, keyID: 5, signUntil: "2027-01-31T00:00:00Z", verifyUntil: "2032-01-31T00:00:00Z")
        let v1 = BundleFixtures.content(version: 1, now: now, issuers: [oldIssuer])
        #expect(v1.signingIssuer(kioskID: "KPPSH001", held: held, now: now)?.publicKey == oldIssuer.publicKey)
        // Bundle 2: the new key published ahead of use, the old one's signing window closes.
        let newIssuer = issuer(new, keyID: 6, signUntil: "2028-01-31T00:00:00Z", verifyUntil: "2033-01-31T00:00:00Z")
        let v2 = BundleFixtures.content(version: 2, now: now, issuers: [oldIssuer, newIssuer])
        #expect(v2.signingIssuer(kioskID: "KPPSH001", held: held, now: now)?.publicKey == newIssuer.publicKey)
        #expect(v2.signingIssuer(kioskID: "KPMRD002", held: held, now: now) == nil) // another kiosk's scope
        let oldPass = try pass(old, keyID: 5, serial: 1)
        let newPass = try pass(new, keyID: 6, serial: 2)
        let later = BundleFixtures.instant("2027-06-01T09:00:00Z")
        let trust2 = PassVerifier(trustList: v2.passTrustList())
        #expect(trust2.verify(oldPass, now: later).isValid) // verify-only, still believed
        #expect(trust2.verify(newPass, now: later).isValid)
        #expect(v2.signingIssuer(kioskID: "KPPSH001", held: [old.publicKey.rawRepresentation], now: later) == nil) // old may no longer sign
        // A pass the old key made after its signing window closed is refused with its own reason.
        let lateOldPass = try pass(old, keyID: 5, serial: 3, on: CalendarDate(iso: "2027-03-01"))
        #expect(trust2.verify(lateOldPass, now: later).code == "signed-after-window")
        // After verifyUntil the old key is retired.
        #expect(trust2.verify(oldPass, now: BundleFixtures.instant("2032-02-01T00:00:00Z")).code == "issuer-retired")
        // Bundle 3 drops the old key: its passes are "issuer removed", not "unknown signer".
        let v3 = BundleFixtures.content(version: 3, now: now, issuers: [newIssuer])
        let trust3 = PassVerifier(trustList: v3.passTrustList(formerIssuers: [old.publicKey.rawRepresentation, new.publicKey.rawRepresentation]))
        #expect(trust3.verify(oldPass, now: later).code == "issuer-removed")
        #expect(trust3.verify(newPass, now: later).isValid)
        #expect(PassVerifier(trustList: v3.passTrustList()).verify(oldPass, now: later) == .unknownSigner(keyID: 5))
    }
}
