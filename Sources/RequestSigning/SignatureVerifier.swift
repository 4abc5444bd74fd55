import Crypto
import Foundation

/// A kiosk signature read from a request's headers, checked against the profile but not yet verified.
public struct ReceivedSignature: Equatable, Sendable {
    public var parameters: SignatureParameters
    public var signature: [UInt8]
    /// The parameters the profile requires, read out.
    public var keyID: String
    public var created: Int64
    public var nonce: String
}

/// Verifies kiosk request signatures in two steps, so the caller can look the key up (and check the
/// clock window) between them: `read` checks the headers against `KioskSignatureProfile`; `verify`
/// checks the body against `Content-Digest` and the Ed25519 signature over the signature base.
public enum SignatureVerifier {
    /// Reads the `kiosk` signature from `request.fields`.
    public static func read(_ request: SignedRequestParts) throws(SignatureRejection) -> ReceivedSignature {
        let inputField = request.fields[KioskSignatureProfile.signatureInputField]
        let signatureField = request.fields[KioskSignatureProfile.signatureField]
        guard let inputField, let signatureField else { throw .unsigned }
        guard request.fields[ContentDigest.fieldName] != nil else { throw .malformed("there is no Content-Digest header") }
        let inputs: [(key: String, value: StructuredFields.Member)]
        let signatures: [(key: String, value: StructuredFields.Member)]
        do {
            inputs = try StructuredFields.parseDictionary(inputField)
            signatures = try StructuredFields.parseDictionary(signatureField)
        } catch {
            throw .malformed("a signature header is not a structured field (\(error.description))")
        }
        let label = KioskSignatureProfile.label
        guard case .innerList(let components, let parameters)? = inputs.last(where: { $0.key == label })?.value else {
            throw .malformed("Signature-Input has no \(label)=(…) member")
        }
        guard case .bytes(let signature)? = signatures.last(where: { $0.key == label })?.value, signature.count == 64 else {
            throw .malformed("Signature has no \(label)=:…: member of 64 bytes")
        }
        guard components == KioskSignatureProfile.components else {
            throw .malformed("it must cover \(KioskSignatureProfile.components.joined(separator: " ")), in that order")
        }
        let read = SignatureParameters(components: components, parameters: parameters)
        guard read.algorithm == KioskSignatureProfile.algorithm else { throw .malformed("alg must be \"ed25519\"") }
        guard let created = read.created else { throw .malformed("created is missing") }
        guard let keyID = read.keyID, !keyID.isEmpty else { throw .malformed("keyid is missing") }
        guard let nonce = read.nonce, KioskSignatureProfile.nonceLength.contains(nonce.utf8.count),
              nonce.utf8.allSatisfy({ isNonceByte($0) }) else {
            throw .malformed("nonce must be 16 to 64 characters of A-Z a-z 0-9 - _")
        }
        return ReceivedSignature(parameters: read, signature: signature, keyID: keyID, created: created, nonce: nonce)
    }

    /// Checks the body's digest, then the signature with `publicKey`.
    public static func verify(
        _ signature: ReceivedSignature, request: SignedRequestParts, body: some Sequence<UInt8>, publicKey: Curve25519.Signing.PublicKey
    ) throws(SignatureRejection) {
        do {
            try ContentDigest.check(request.fields[ContentDigest.fieldName] ?? "", content: body)
        } catch {
            switch error {
            case .mismatch: throw .digestMismatch
            case .unreadable(let why): throw .malformed("Content-Digest: \(why)")
            }
        }
        let base: [UInt8]
        do { base = try SignatureBase.make(signature.parameters, for: request) } catch { throw .malformed("the signature base cannot be built") }
        guard publicKey.isValidSignature(signature.signature, for: base) else { throw .badSignature }
    }

    private static func isNonceByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F
    }
}
