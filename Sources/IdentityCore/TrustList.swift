import Crypto
import Foundation

/// A public key the kiosk accepts pass signatures from.
public struct TrustedSigner: Hashable, Sendable {
    public let keyID: UInt8
    public let publicKey: Curve25519.Signing.PublicKey
    /// Who holds the private key, for operators ("KP provincial signer 2026", "kiosk KP-PSH-001").
    public let label: String
    /// Passes issued (Pakistan day) after this instant's day are refused; nil: no signing window (a local key).
    public var signUntil: Date?
    /// After this instant passes from this key are refused as "issuer retired"; nil: no window.
    public var verifyUntil: Date?

    public init(keyID: UInt8, publicKey: Curve25519.Signing.PublicKey, label: String, signUntil: Date? = nil, verifyUntil: Date? = nil) {
        self.keyID = keyID
        self.publicKey = publicKey
        self.label = label
        self.signUntil = signUntil
        self.verifyUntil = verifyUntil
    }

    /// The first byte of SHA-256 of the raw public key: the id a locally made key gets.
    public static func defaultKeyID(for key: Curve25519.Signing.PublicKey) -> UInt8 {
        Array(SHA256.hash(data: key.rawRepresentation))[0]
    }

    public static func == (lhs: TrustedSigner, rhs: TrustedSigner) -> Bool {
        lhs.keyID == rhs.keyID && lhs.publicKey.rawRepresentation == rhs.publicKey.rawRepresentation && lhs.label == rhs.label
            && lhs.signUntil == rhs.signUntil && lhs.verifyUntil == rhs.verifyUntil
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keyID)
        hasher.combine(publicKey.rawRepresentation)
    }
}

/// One pass of one issuer: serials are unique per issuer key only.
public struct IssuerSerial: Hashable, Sendable {
    /// The issuer's raw 32-byte public key.
    public let issuer: Data
    public let serial: UInt32

    public init(issuer: Data, serial: UInt32) {
        self.issuer = issuer
        self.serial = serial
    }
}

/// The signers a verifier trusts and the passes it refuses: everything offline verification needs.
/// Built from a verified trust bundle (ProvincialTrust) on kiosks; the legacy file form has no windows.
public struct TrustList: Sendable, Equatable {
    public var signers: [TrustedSigner]
    /// Serials refused whoever signed them (the legacy, per-folder form).
    public var revokedSerials: Set<UInt32>
    /// Passes refused per (issuer key, serial).
    public var revokedPasses: Set<IssuerSerial>
    /// Per issuer key (raw bytes): passes issued before this day are refused.
    public var revokedBefore: [Data: CalendarDate]
    /// Keys once trusted and since removed: a pass they signed is refused as "issuer removed", not "unknown".
    public var formerSigners: [Curve25519.Signing.PublicKey]

    public init(
        signers: [TrustedSigner] = [], revokedSerials: Set<UInt32> = [], revokedPasses: Set<IssuerSerial> = [],
        revokedBefore: [Data: CalendarDate] = [:], formerSigners: [Curve25519.Signing.PublicKey] = []
    ) {
        self.signers = signers
        self.revokedSerials = revokedSerials
        self.revokedPasses = revokedPasses
        self.revokedBefore = revokedBefore
        self.formerSigners = formerSigners
    }

    /// Whether the pass `claims` signed by `signer` is revoked by any rule.
    public func isRevoked(_ claims: PassClaims, signedBy signer: TrustedSigner) -> Bool {
        let key = signer.publicKey.rawRepresentation
        if revokedSerials.contains(claims.serial) { return true }
        if revokedPasses.contains(IssuerSerial(issuer: key, serial: claims.serial)) { return true }
        if let before = revokedBefore[key], claims.issuedOn < before { return true }
        return false
    }

    public static func == (lhs: TrustList, rhs: TrustList) -> Bool {
        lhs.signers == rhs.signers && lhs.revokedSerials == rhs.revokedSerials && lhs.revokedPasses == rhs.revokedPasses
            && lhs.revokedBefore == rhs.revokedBefore
            && lhs.formerSigners.map(\.rawRepresentation) == rhs.formerSigners.map(\.rawRepresentation)
    }

    /// Every trusted key carrying this id (ids are hints and may collide; each key is tried).
    public func signers(withKeyID keyID: UInt8) -> [TrustedSigner] { signers.filter { $0.keyID == keyID } }

    /// Why a trust list file was refused.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    private struct File: Codable {
        struct Signer: Codable {
            var keyId: Int
            var publicKey: String
            var label: String
        }
        var format: Int
        var signers: [Signer]
        var revokedSerials: [UInt32]
    }

    /// The JSON form: `{"format":1,"signers":[{"keyId":…,"publicKey":"base64","label":…}],"revokedSerials":[…]}`.
    public func jsonData() throws -> Data {
        let file = File(
            format: 1,
            signers: signers.map { .init(keyId: Int($0.keyID), publicKey: $0.publicKey.rawRepresentation.base64EncodedString(), label: $0.label) },
            revokedSerials: revokedSerials.sorted()
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(file)
    }

    /// Reads the JSON form, naming the entry at fault.
    public init(jsonData data: Data) throws {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw FormatError(description: "the trust list is not valid JSON of the expected shape (\(error.localizedDescription))")
        }
        guard file.format == 1 else { throw FormatError(description: "the trust list has format \(file.format); this build reads format 1") }
        var signers: [TrustedSigner] = []
        for (index, entry) in file.signers.enumerated() {
            guard (0...255).contains(entry.keyId) else {
                throw FormatError(description: "signer \(index + 1) (\(entry.label)) has key id \(entry.keyId); ids are 0–255")
            }
            guard let raw = Data(base64Encoded: entry.publicKey),
                  let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
                throw FormatError(description: "signer \(index + 1) (\(entry.label)) has a public key that is not 32 bytes of Base64")
            }
            signers.append(TrustedSigner(keyID: UInt8(entry.keyId), publicKey: key, label: entry.label))
        }
        self.init(signers: signers, revokedSerials: Set(file.revokedSerials))
    }
}
