/// The part a change carries, read by name: each is nil unless the change is of that kind (what the
/// back office's tools and the tests read; the kiosk switches over the cases).
extension SyncChange {
    /// The new status, for an `application.status` change.
    public var status: StatusChange? {
        if case .applicationStatus(_, let status) = self { status } else { nil }
    }

    /// The registry record, for a `citizen` change.
    public var citizen: RegistryRecord? {
        if case .citizen(_, let record) = self { record } else { nil }
    }

    /// The signer, for a `trust.signer` or `trust.signer-removed` change.
    public var signer: TrustedSignerRecord? {
        switch self {
        case .trustedSigner(_, let signer), .signerRemoved(_, let signer): signer
        default: nil
        }
    }

    /// The revocation, for a `trust.revoked` change.
    public var revocation: PassRevocation? {
        if case .passRevoked(_, let revocation) = self { revocation } else { nil }
    }

    /// The PIN record, for a `pin` change.
    public var pin: PINRecord? {
        if case .pin(_, let record) = self { record } else { nil }
    }
}
