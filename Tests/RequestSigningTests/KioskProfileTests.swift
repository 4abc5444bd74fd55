import Crypto
import Foundation
import RequestSigning
import Testing

/// The kiosk profile signed and verified, and every way a tampered request must fail.
@Suite struct KioskProfileTests {
    let key = Curve25519.Signing.PrivateKey()
    var signer: RequestSigner { RequestSigner(keyID: "KPPSH001", privateKey: key) }
    let body = Array(#"{"kioskID":"KPPSH001"}"#.utf8)

    func parts(_ headers: SignatureHeaders, method: String = "POST", path: String = "/v1/push") -> SignedRequestParts {
        SignedRequestParts(method: method, path: path, fields: Dictionary(uniqueKeysWithValues: headers.fields.map { ($0.name, $0.value) }))
    }

    @Test func headersHaveTheProfilesShape() throws {
        let headers = try signer.sign(method: "POST", path: "/v1/push", body: body, created: Date(timeIntervalSince1970: 1_800_000_000), nonce: "AAAAAAAAAAAAAAAAAAAAAA")
        #expect(headers.signatureInput == #"kiosk=("@method" "@path" "content-digest");created=1800000000;nonce="AAAAAAAAAAAAAAAAAAAAAA";keyid="KPPSH001";alg="ed25519""#)
        #expect(headers.signature.hasPrefix("kiosk=:") && headers.signature.hasSuffix(":"))
        #expect(headers.contentDigest == ContentDigest.header(for: body))
        let read = try SignatureVerifier.read(parts(headers))
        #expect(read.keyID == "KPPSH001" && read.created == 1_800_000_000 && read.nonce == "AAAAAAAAAAAAAAAAAAAAAA")
        try SignatureVerifier.verify(read, request: parts(headers), body: body, publicKey: key.publicKey)
    }

    @Test func randomNoncesDifferAndFitTheProfile() {
        let nonces = Set((0..<100).map { _ in RequestSigner.randomNonce() })
        #expect(nonces.count == 100)
        #expect(nonces.allSatisfy { $0.count == 22 })
    }

    @Test func anotherPathOrMethodFails() throws {
        let headers = try signer.sign(method: "POST", path: "/v1/push", body: body)
        let read = try SignatureVerifier.read(parts(headers, path: "/v1/pull"))
        #expect(throws: SignatureRejection.badSignature) {
            try SignatureVerifier.verify(read, request: parts(headers, path: "/v1/pull"), body: body, publicKey: key.publicKey)
        }
        #expect(throws: SignatureRejection.badSignature) {
            try SignatureVerifier.verify(read, request: parts(headers, method: "PUT"), body: body, publicKey: key.publicKey)
        }
    }

    @Test func anotherBodyFailsOnTheDigest() throws {
        let headers = try signer.sign(method: "POST", path: "/v1/push", body: body)
        let read = try SignatureVerifier.read(parts(headers))
        #expect(throws: SignatureRejection.digestMismatch) {
            try SignatureVerifier.verify(read, request: parts(headers), body: body + [0x20], publicKey: key.publicKey)
        }
        // A body and digest both swapped: the digest is covered, so the signature fails.
        var swapped = parts(headers)
        swapped.fields[ContentDigest.fieldName] = ContentDigest.header(for: body + [0x20])
        #expect(throws: SignatureRejection.badSignature) {
            try SignatureVerifier.verify(read, request: swapped, body: body + [0x20], publicKey: key.publicKey)
        }
    }

    @Test func anotherKeyFails() throws {
        let headers = try signer.sign(method: "POST", path: "/v1/push", body: body)
        let read = try SignatureVerifier.read(parts(headers))
        #expect(throws: SignatureRejection.badSignature) {
            try SignatureVerifier.verify(read, request: parts(headers), body: body, publicKey: Curve25519.Signing.PrivateKey().publicKey)
        }
    }

    @Test func changedParametersFail() throws {
        let headers = try signer.sign(method: "POST", path: "/v1/push", body: body, created: Date(timeIntervalSince1970: 1_800_000_000))
        var later = parts(headers)
        later.fields["signature-input"] = headers.signatureInput.replacingOccurrences(of: "created=1800000000", with: "created=1800000600")
        let read = try SignatureVerifier.read(later)
        #expect(throws: SignatureRejection.badSignature) { try SignatureVerifier.verify(read, request: later, body: body, publicKey: key.publicKey) }
    }

    @Test func headersOutsideTheProfileAreRefusedWithWords() throws {
        let headers = try signer.sign(method: "POST", path: "/v1/push", body: body)
        #expect(throws: SignatureRejection.unsigned) { try SignatureVerifier.read(SignedRequestParts(method: "POST", path: "/", fields: [:])) }
        func refused(_ change: (inout [String: String]) -> Void) -> Bool {
            var request = parts(headers)
            change(&request.fields)
            do { _ = try SignatureVerifier.read(request); return false } catch { return error != .unsigned }
        }
        #expect(refused { $0["signature-input"] = headers.signatureInput.replacingOccurrences(of: #" "content-digest""#, with: "") })
        #expect(refused { $0["signature-input"] = headers.signatureInput.replacingOccurrences(of: #"alg="ed25519""#, with: #"alg="hmac-sha256""#) })
        #expect(refused { $0["signature-input"] = headers.signatureInput.replacingOccurrences(of: "kiosk=", with: "other=") })
        #expect(refused { $0["signature-input"] = String(headers.signatureInput.dropLast(3)) })
        #expect(refused { $0["signature"] = "kiosk=:AAAA:" })
        #expect(refused { $0["content-digest"] = nil })
        #expect(refused { $0["signature-input"] = #"kiosk=("@method" "@path" "content-digest");created=1;nonce="short";keyid="K";alg="ed25519""# })
    }

    @Test func structuredFieldParsingIsStrict() {
        for bad in ["kiosk=(\"a\"", "kiosk=:!!:", "Kiosk=(\"a\")", "kiosk=(\"a\"),", "kiosk=(\"a\nb\")", "kiosk=(\"a\");created=99999999999999999999"] {
            #expect(throws: StructuredFields.ParseError.self) { try StructuredFields.parseDictionary(bad) }
        }
    }
}
