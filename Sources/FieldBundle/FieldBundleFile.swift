import Crypto
import Foundation

/// A field bundle read from bytes: its structure checked (lengths, manifest, kind), nothing believed yet.
/// `verifySignature` and `open` are the two further steps; `parse` alone is what `bundle check` can say
/// about a file without any key.
public struct FieldBundleFile: Sendable {
    public let kind: FieldBundleKind
    public let manifest: FieldBundleManifest
    /// The HPKE encapsulated key (empty when not sealed).
    public let encapsulatedKey: Data
    /// The ciphertext (sealed kinds) or the plaintext (receipts).
    public let payload: Data
    public let signature: Data
    /// Every byte the signature covers after the domain (the file minus the signature).
    let signedBytes: Data
    /// The bytes HPKE authenticates (magic … manifest).
    let sealedHeader: Data

    static func manifestEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Reads the structure; refuses a file that is not whole (`truncated`), longer than its lengths, or whose
    /// manifest is not a manifest of its kind.
    public static func parse(_ data: Data) throws(FieldBundleRefusal) -> FieldBundleFile {
        let bytes = [UInt8](data)
        var reader = ByteReader(bytes: bytes)
        guard bytes.count >= 10 else {
            if bytes.count < FieldBundleFormat.magic.count && Array(FieldBundleFormat.magic.prefix(bytes.count)) == bytes && !bytes.isEmpty {
                throw .truncated(have: bytes.count, need: FieldBundleFormat.overheadBytes)
            }
            throw .notABundle(bytes.isEmpty ? "the file is empty" : "it does not start with KHYBERFB")
        }
        guard Array(bytes[0..<8]) == Array(FieldBundleFormat.magic) else { throw .notABundle("it does not start with KHYBERFB") }
        guard bytes[8] == FieldBundleFormat.version else { throw .notABundle("format version \(bytes[8]); this build reads version 1") }
        guard let kind = FieldBundleKind(rawValue: bytes[9]) else { throw .corrupt("unknown kind byte \(bytes[9])") }
        reader.offset = 10
        let manifestLength = Int(try reader.integer(UInt32.self))
        guard manifestLength >= 2, manifestLength <= FieldBundleFormat.maxManifestBytes else { throw .corrupt("a manifest length of \(manifestLength) bytes") }
        let manifestBytes = try reader.take(manifestLength)
        let sealedHeader = Data(bytes[0..<reader.offset])
        let encapsulatedLength = Int(try reader.integer(UInt16.self))
        guard encapsulatedLength <= FieldBundleFormat.maxEncapsulatedKeyBytes else { throw .corrupt("an encapsulated key of \(encapsulatedLength) bytes") }
        let encapsulated = try reader.take(encapsulatedLength)
        let payloadLength = try reader.integer(UInt64.self)
        guard payloadLength <= UInt64(FieldBundleFormat.maxPayloadBytes) else { throw .tooLarge("a payload of \(payloadLength) bytes; at most \(FieldBundleFormat.maxPayloadBytes)") }
        let payload = try reader.take(Int(payloadLength))
        let signedEnd = reader.offset
        let signature = try reader.take(FieldBundleFormat.signatureBytes)
        guard reader.offset == bytes.count else { throw .corrupt("\(bytes.count - reader.offset) bytes follow the signature") }

        let manifest: FieldBundleManifest
        do { manifest = try JSONDecoder().decode(FieldBundleManifest.self, from: Data(manifestBytes)) } catch {
            throw .corrupt("the manifest is not a field-bundle manifest")
        }
        try FieldBundleManifestCheck.check(manifest, kind: kind, sealed: !encapsulated.isEmpty)
        if !kind.isSealed, manifest.payloadBytes != payload.count { throw .corrupt("the manifest gives \(manifest.payloadBytes) payload bytes, the file holds \(payload.count)") }
        return FieldBundleFile(
            kind: kind, manifest: manifest, encapsulatedKey: Data(encapsulated), payload: Data(payload), signature: Data(signature),
            signedBytes: Data(bytes[0..<signedEnd]), sealedHeader: sealedHeader)
    }

    /// Checks the signature with `key` (the enrolled device's, or the central's signing key).
    public func verifySignature(with key: Curve25519.Signing.PublicKey, signerWords: String) throws(FieldBundleRefusal) {
        guard key.isValidSignature(signature, for: FieldBundleFormat.domain + signedBytes) else {
            throw .badSignature("it was not signed by \(signerWords), or it was changed after signing")
        }
    }

    /// Opens the payload: for a sealed kind, decrypts with `key` (refused before trying when the manifest names
    /// another recipient); then checks the plaintext against the manifest's length and digest.
    public func open(with key: Curve25519.KeyAgreement.PrivateKey?) throws(FieldBundleRefusal) -> Data {
        var plaintext = payload
        if kind.isSealed {
            guard let key else { throw .cannotDecrypt("no private key to open it") }
            let mine = FieldBundleFormat.keyDigest(key.publicKey.rawRepresentation)
            guard manifest.recipientKey == mine else {
                throw .wrongRecipient("it is sealed to key \(String((manifest.recipientKey ?? "").prefix(16))), this key is \(mine.prefix(16))")
            }
            do {
                var recipient = try HPKE.Recipient(privateKey: key, ciphersuite: FieldBundleFormat.ciphersuite, info: FieldBundleFormat.domain, encapsulatedKey: encapsulatedKey)
                plaintext = try recipient.open(payload, authenticating: sealedHeader)
            } catch { throw .cannotDecrypt("the ciphertext does not open with this key (damaged, or sealed to another key)") }
        }
        guard plaintext.count == manifest.payloadBytes, FieldBundleFormat.hex(Data(SHA256.hash(data: plaintext))) == manifest.contentSHA256 else {
            throw .cannotDecrypt("the content does not match the manifest's digest")
        }
        return plaintext
    }
}

/// Reads big-endian integers and byte runs, refusing to run past the end as `truncated`.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0
    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func take(_ count: Int) throws(FieldBundleRefusal) -> ArraySlice<UInt8> {
        let (end, overflow) = offset.addingReportingOverflow(count)
        guard !overflow, end <= bytes.count else {
            throw .truncated(have: bytes.count, need: overflow ? Int.max : end)
        }
        defer { offset = end }
        return bytes[offset..<end]
    }

    mutating func integer<T: FixedWidthInteger>(_: T.Type) throws(FieldBundleRefusal) -> T {
        let slice = try take(MemoryLayout<T>.size)
        return slice.reduce(T(0)) { ($0 << 8) | T($1) }
    }
}
