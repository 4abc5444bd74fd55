import Crypto
import Foundation

/// The byte layout of a field bundle, version 1 (docs/field-bundles.md):
///
/// ```
/// "KHYBERFB" (8) | version 0x01 (1) | kind (1) | M: u32 BE (4) | manifest JSON (M)
/// | E: u16 BE (2) | HPKE encapsulated key (E) | C: u64 BE (8) | payload (C) | Ed25519 signature (64)
/// ```
///
/// The signature covers `"khyber-field-bundle-v1\n"` followed by every byte before it. A sealed payload is
/// HPKE base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305, `info` = the domain string,
/// `aad` = the file's bytes from the magic to the manifest's end, so a payload cannot be moved under another manifest.
public enum FieldBundleFormat {
    public static let version: UInt8 = 1
    public static let magic = Data("KHYBERFB".utf8)
    /// What every signature and every seal is bound to.
    public static let domain = Data("khyber-field-bundle-v1\n".utf8)
    public static let ciphersuite = HPKE.Ciphersuite.Curve25519_SHA256_ChachaPoly
    public static let maxManifestBytes = 64 * 1024
    public static let maxEncapsulatedKeyBytes = 256
    public static let maxPayloadBytes = 512 * 1024 * 1024
    public static let signatureBytes = 64
    /// The fixed bytes: magic, version, kind, the three lengths, the signature.
    public static let overheadBytes = 8 + 1 + 1 + 4 + 2 + 8 + signatureBytes

    /// Lower-case hex SHA-256 of a raw public key (how a manifest names its recipient).
    public static func keyDigest(_ raw: Data) -> String { hex(Data(SHA256.hash(data: raw))) }

    static func hex(_ data: Data) -> String { data.map { String(format: "%02x", $0) }.joined() }

    /// Makes a bundle: fills the manifest's digest fields, seals `plaintext` to `recipient` (for sealed kinds),
    /// signs everything with `signer`.
    public static func make(
        _ kind: FieldBundleKind, manifest: FieldBundleManifest, plaintext: Data,
        sealedTo recipient: Curve25519.KeyAgreement.PublicKey?, signer: Curve25519.Signing.PrivateKey
    ) throws(FieldBundleRefusal) -> Data {
        var manifest = manifest
        manifest.kind = kind.description
        manifest.payloadBytes = plaintext.count
        manifest.contentSHA256 = hex(Data(SHA256.hash(data: plaintext)))
        manifest.recipientKey = recipient.map { keyDigest($0.rawRepresentation) }
        guard kind.isSealed == (recipient != nil) else { throw .corrupt("a \(kind) bundle is \(kind.isSealed ? "" : "not ")sealed") }
        let manifestBytes: Data
        do { manifestBytes = try FieldBundleFile.manifestEncoder().encode(manifest) } catch { throw .corrupt("the manifest cannot be encoded") }
        guard manifestBytes.count <= maxManifestBytes else { throw .tooLarge("the manifest has \(manifestBytes.count) bytes") }
        var file = magic
        file.append(version)
        file.append(kind.rawValue)
        file.append(bigEndian: UInt32(manifestBytes.count))
        file.append(manifestBytes)
        var encapsulated = Data(), payload = plaintext
        if let recipient {
            do {
                var sender = try HPKE.Sender(recipientKey: recipient, ciphersuite: ciphersuite, info: domain)
                encapsulated = sender.encapsulatedKey
                payload = try sender.seal(plaintext, authenticating: file)
            } catch { throw .cannotDecrypt("sealing failed: \(error)") }
        }
        guard payload.count <= maxPayloadBytes else { throw .tooLarge("the payload has \(payload.count) bytes; at most \(maxPayloadBytes)") }
        file.append(bigEndian: UInt16(encapsulated.count))
        file.append(encapsulated)
        file.append(bigEndian: UInt64(payload.count))
        file.append(payload)
        let signature: Data
        do { signature = try signer.signature(for: domain + file) } catch { throw .badSignature("signing failed: \(error)") }
        file.append(signature)
        return file
    }
}

extension Data {
    mutating func append<T: FixedWidthInteger>(bigEndian value: T) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) }
    }
}
