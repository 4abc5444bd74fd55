import Crypto

/// Something that signs passes under a key id: today a key in the kiosk's data folder, later a
/// provincial signing service. The seam between issuing and where the private key lives.
public protocol PassSigning: Sendable {
    /// The id verifiers use to find the public key in their trust list.
    var keyID: UInt8 { get }
    /// The Ed25519 public key matching the signatures.
    var publicKey: Curve25519.Signing.PublicKey { get }
    /// An Ed25519 signature over `message`.
    func sign(_ message: [UInt8]) throws -> [UInt8]
}

/// An Ed25519 private key held in memory.
public struct Ed25519PassSigner: PassSigning {
    public let keyID: UInt8
    private let privateKey: Curve25519.Signing.PrivateKey

    public init(privateKey: Curve25519.Signing.PrivateKey, keyID: UInt8? = nil) {
        self.privateKey = privateKey
        self.keyID = keyID ?? TrustedSigner.defaultKeyID(for: privateKey.publicKey)
    }

    public var publicKey: Curve25519.Signing.PublicKey { privateKey.publicKey }

    public func sign(_ message: [UInt8]) throws -> [UInt8] {
        Array(try privateKey.signature(for: message))
    }
}

/// Makes pass text from claims with a signer.
public enum PassIssuer {
    /// `KP:` + Base45(payload ‖ signature). The claims' key id is replaced by the signer's.
    public static func issue(_ claims: PassClaims, with signer: some PassSigning) throws -> String {
        var claims = claims
        claims.keyID = signer.keyID
        let payload = try PassFormat.payload(for: claims)
        let signature = try signer.sign(PassFormat.signedMessage(payload: payload))
        return PassFormat.prefix + Base45.encode(payload + signature)
    }
}
