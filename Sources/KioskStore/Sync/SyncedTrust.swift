/// A pass signer as the central store's trust list named it.
public struct SyncedSigner: Hashable, Sendable {
    /// The pass format's key id (lowercase hex).
    public var keyID: String
    /// Base64 of the 32-byte Ed25519 public key.
    public var publicKey: String
    public var label: String

    public init(keyID: String, publicKey: String, label: String) {
        self.keyID = keyID
        self.publicKey = publicKey
        self.label = label
    }
}

/// The trust list as the central store sent it: signers to trust, signers removed, revoked serials.
public struct SyncedTrust: Hashable, Sendable {
    public var signers: [SyncedSigner]
    public var removed: [SyncedSigner]
    public var revokedSerials: Set<Int64>

    public init(signers: [SyncedSigner] = [], removed: [SyncedSigner] = [], revokedSerials: Set<Int64> = []) {
        self.signers = signers
        self.removed = removed
        self.revokedSerials = revokedSerials
    }
}
