import Crypto
import Foundation
import TestScheduling
import Testing
@testable import IdentityCore

@Suite("Pass verification", .cpuBound)
struct PassVerdictTests {
    let verifier = PassVerifier(trustList: PassVector.trustList)
    var text: String { try! PassIssuer.issue(PassVector.claims, with: PassVector.signer) }

    @Test func validWithinItsPeriod() {
        let verdict = verifier.verify(text, now: PassVector.noon("2027-06-01"))
        #expect(verdict.isValid)
        #expect(verdict.claims?.cnic == PassVector.claims.cnic)
        #expect(verdict.claims?.serial == 1001)
        #expect(verdict.claims?.expiresOn == CalendarDate(iso: "2031-11-25"))
        // A scanner's trailing Enter is tolerated.
        #expect(verifier.verify(text + "\r\n", now: PassVector.noon("2027-06-01")).isValid)
    }

    @Test func expiredAfterItsLastDay() {
        let lastDayEnd = CalendarDate(iso: "2031-11-26")!.startInstant
        #expect(verifier.verify(text, now: lastDayEnd.addingTimeInterval(-60)).isValid)
        #expect(verifier.verify(text, now: lastDayEnd.addingTimeInterval(5 * 60)).isValid, "clock skew tolerated")
        #expect(verifier.verify(text, now: lastDayEnd.addingTimeInterval(11 * 60)).code == "expired")
    }

    @Test func notYetValidOnlyBeyondTheSkew() {
        let firstDay = CalendarDate(iso: "2026-11-25")!.startInstant
        #expect(verifier.verify(text, now: firstDay.addingTimeInterval(-5 * 60)).isValid, "a clock 5 minutes slow is fine")
        #expect(verifier.verify(text, now: firstDay.addingTimeInterval(-3 * 3600)).code == "not-yet-valid")
    }

    @Test func unknownSigner() {
        let stranger = PassVerifier(trustList: TrustList())
        #expect(stranger.verify(text, now: PassVector.noon("2027-01-01")) == .unknownSigner(keyID: 33))
    }

    @Test func sameKeyIDOtherKeyIsBadSignature() {
        // A verifier that trusted a key id without checking the key would accept this.
        let impostor = Curve25519.Signing.PrivateKey()
        let forged = try! PassIssuer.issue(PassVector.claims, with: Ed25519PassSigner(privateKey: impostor, keyID: 33))
        #expect(verifier.verify(forged, now: PassVector.noon("2027-01-01")) == .badSignature)
        // With both keys trusted under the same id, each pass verifies with its own key.
        var both = PassVector.trustList
        both.signers.append(TrustedSigner(keyID: 33, publicKey: impostor.publicKey, label: "colliding id"))
        #expect(PassVerifier(trustList: both).verify(forged, now: PassVector.noon("2027-01-01")).isValid)
        #expect(PassVerifier(trustList: both).verify(text, now: PassVector.noon("2027-01-01")).isValid)
    }

    @Test func revokedSerial() {
        var list = PassVector.trustList
        list.revokedSerials = [1001]
        #expect(PassVerifier(trustList: list).verify(text, now: PassVector.noon("2027-01-01")).code == "revoked")
    }

    @Test("malformed texts", arguments: [
        ("", PassFormat.MalformedReason.missingPrefix),
        ("17301-1234567-1", .missingPrefix),
        ("HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH-R6IOO6+IUKRG", .missingPrefix),
        ("KP:ABC", .wrongLength(6)),
    ])
    func malformed(input: String, reason: PassFormat.MalformedReason) {
        #expect(verifier.verify(input, now: PassVector.noon("2027-01-01")) == .malformed(reason))
    }

    @Test func unsupportedVersionAndBadCNICAreMalformed() throws {
        var payload = try PassFormat.payload(for: PassVector.claims)
        payload[0] = 2
        let signature = try PassVector.signer.sign(PassFormat.signedMessage(payload: payload))
        let future = PassFormat.prefix + Base45.encode(payload + signature)
        #expect(verifier.verify(future, now: PassVector.noon("2027-01-01")) == .malformed(.unsupportedVersion(2)))
        payload[0] = 1
        for index in 2...7 { payload[index] = 0 }
        let zero = PassFormat.prefix + Base45.encode(payload + (try PassVector.signer.sign(PassFormat.signedMessage(payload: payload))))
        #expect(verifier.verify(zero, now: PassVector.noon("2027-01-01")) == .malformed(.invalidCNIC))
    }

    @Test("every single-character change of a valid pass is refused")
    func everyCharacterChangeRefused() {
        let now = PassVector.noon("2027-01-01")
        let original = Array(text.utf8)
        let replacements = Base45.alphabet + Array("abcxyz#\u{7F}".utf8)
        var tried = 0
        for position in original.indices {
            for replacement in replacements where replacement != original[position] {
                var mutated = original
                mutated[position] = replacement
                let verdict = verifier.verify(String(decoding: mutated, as: UTF8.self), now: now)
                #expect(!verdict.isValid, "change at \(position) to \(replacement) was accepted")
                tried += 1
            }
        }
        #expect(tried > 122 * 44)
    }

    @Test("every single-byte change of the signed bytes is refused")
    func everyByteChangeRefused() throws {
        let now = PassVector.noon("2027-01-01")
        let parts = try PassFormat.split(text)
        let bytes = parts.payload + parts.signature
        for position in bytes.indices {
            for value in 0...255 where UInt8(value) != bytes[position] {
                var mutated = bytes
                mutated[position] = UInt8(value)
                let verdict = verifier.verify(PassFormat.prefix + Base45.encode(mutated), now: now)
                #expect(!verdict.isValid, "byte \(position) = \(value) was accepted")
            }
        }
    }

    @Test func trustListJSONRoundTrip() throws {
        var list = PassVector.trustList
        list.revokedSerials = [7, 1001]
        let decoded = try TrustList(jsonData: list.jsonData())
        #expect(decoded == list)
        #expect(throws: TrustList.FormatError.self) { try TrustList(jsonData: Data("{\"format\":1,\"signers\":[{\"keyId\":3,\"publicKey\":\"AAAA\",\"label\":\"x\"}],\"revokedSerials\":[]}".utf8)) }
        #expect(throws: TrustList.FormatError.self) { try TrustList(jsonData: Data("not json".utf8)) }
    }
}
