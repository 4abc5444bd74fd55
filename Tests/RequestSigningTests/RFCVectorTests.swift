import Crypto
import Foundation
import RequestSigning
import Testing

/// The RFCs' own examples: RFC 9421 Appendix B.2.6 (Ed25519 with test-key-ed25519) and RFC 9530's digest.
@Suite struct RFCVectorTests {
    /// test-key-ed25519 (RFC 9421 B.1.4), the JWK's `d` and `x` in base64url.
    static let privateKey = try! Curve25519.Signing.PrivateKey(rawRepresentation: base64url("n4Ni-HpISpVObnQMW0wOhCKROaIKqKtW_2ZYb2p9KcU"))
    static let publicX = base64url("JrQLj5P_89iXES9-vFgrIy29clF9CC_oPPsw3c5D0bs")

    static let b26Input = #"sig-b26=("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519""#
    static let b26Signature = "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKRCw==:"
    static let b26Base = """
        "date": Tue, 20 Apr 2021 02:07:55 GMT
        "@method": POST
        "@path": /foo
        "@authority": example.com
        "content-type": application/json
        "content-length": 18
        "@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length");created=1618884473;keyid="test-key-ed25519"
        """
    /// The RFC's request (`POST /foo?param=Value&Pet=dog`, Host example.com).
    static let b26Request = SignedRequestParts(
        method: "POST", path: "/foo", authority: "example.com",
        fields: ["date": "Tue, 20 Apr 2021 02:07:55 GMT", "content-type": "application/json", "content-length": "18"]
    )

    @Test func theKeyIsTheRFCsKey() {
        #expect(Array(Self.privateKey.publicKey.rawRepresentation) == Self.publicX)
    }

    @Test func signatureBaseOfB26IsByteForByteTheRFCs() throws {
        let members = try StructuredFields.parseDictionary(Self.b26Input)
        guard case .innerList(let components, let parameters)? = members.first(where: { $0.key == "sig-b26" })?.value else {
            Issue.record("sig-b26 not read")
            return
        }
        let parsed = SignatureParameters(components: components, parameters: parameters)
        #expect(parsed.created == 1_618_884_473)
        #expect(parsed.keyID == "test-key-ed25519")
        // Serialising what was parsed gives the header's member back exactly.
        #expect("sig-b26=" + parsed.serialized == Self.b26Input)
        let base = try SignatureBase.make(parsed, for: Self.b26Request)
        #expect(String(decoding: base, as: UTF8.self) == Self.b26Base)
    }

    @Test func ed25519SignatureOfB26IsTheRFCs() throws {
        let base = Array(Self.b26Base.utf8)
        // Ed25519 is deterministic (RFC 8032): signing the base must give the RFC's bytes.
        let signature = try Self.privateKey.signature(for: base)
        #expect("sig-b26=" + StructuredFields.bytes(signature) == Self.b26Signature)
        let members = try StructuredFields.parseDictionary(Self.b26Signature)
        guard case .bytes(let given)? = members.first?.value else {
            Issue.record("sig-b26 signature not read")
            return
        }
        #expect(Self.privateKey.publicKey.isValidSignature(given, for: base))
        var changed = base
        changed[changed.count - 2] ^= 1
        #expect(!Self.privateKey.publicKey.isValidSignature(given, for: changed))
    }

    @Test func contentDigestOfRFC9530Example() throws {
        // RFC 9530 §2 and Appendix B: {"hello": "world"} followed by LF.
        let body = Array("{\"hello\": \"world\"}\n".utf8)
        #expect(ContentDigest.header(for: body) == "sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:")
        // RFC 9421's examples use the same JSON without the LF.
        #expect(ContentDigest.header(for: Array("{\"hello\": \"world\"}".utf8)) == "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:")
        // A field with a sha-512 member first (RFC 9530 lets a sender list several) still checks.
        try ContentDigest.check("sha-512=:AAAA:, sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:", content: body)
        #expect(throws: ContentDigest.Problem.mismatch) { try ContentDigest.check(ContentDigest.header(for: body), content: body.dropLast()) }
    }

    static func base64url(_ text: String) -> [UInt8] {
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.count % 4 != 0 { standard += "=" }
        return Array(Data(base64Encoded: standard)!)
    }
}
