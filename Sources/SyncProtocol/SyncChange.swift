/// One change from the central store: what changed, with exactly the part its kind carries.
///
/// On the wire (unchanged since protocol version 1) it is an object with `id`, `kind` and one part, named
/// `status`, `citizen`, `signer` or `revocation` after the kind: `{"citizen":{…},"id":7,"kind":"citizen"}`.
public enum SyncChange: Hashable, Sendable {
    /// An application of this kiosk moved to another status.
    case applicationStatus(id: Int64, StatusChange)
    /// A registry record of one of the kiosk's districts was added or changed.
    case citizen(id: Int64, RegistryRecord)
    /// A pass signer's public key to trust.
    case trustedSigner(id: Int64, TrustedSignerRecord)
    /// A pass signer no longer to trust.
    case signerRemoved(id: Int64, TrustedSignerRecord)
    /// A pass serial no longer valid.
    case passRevoked(id: Int64, PassRevocation)
    /// A citizen's PIN verifier or lock-out state changed at another kiosk of the citizen's district.
    case pin(id: Int64, PINRecord)
    /// A change that arrived without the part its kind names (a damaged or foreign central): a kiosk
    /// counts it as skipped and moves its cursor past it, so one bad change never blocks the rest.
    case incomplete(id: Int64, kind: SyncChangeKind)

    /// The central store's change id: ascending, and no reader ever sees a smaller id appear later.
    public var id: Int64 {
        switch self {
        case .applicationStatus(let id, _), .citizen(let id, _), .trustedSigner(let id, _), .signerRemoved(let id, _),
             .passRevoked(let id, _), .pin(let id, _), .incomplete(let id, _):
            id
        }
    }

    /// What the change carries (the wire's `kind`).
    public var kind: SyncChangeKind {
        switch self {
        case .applicationStatus: .applicationStatus
        case .citizen: .citizen
        case .trustedSigner: .trustedSigner
        case .signerRemoved: .signerRemoved
        case .passRevoked: .passRevoked
        case .pin: .pin
        case .incomplete(_, let kind): kind
        }
    }

    /// True when the part `kind` names is present.
    public var isComplete: Bool {
        if case .incomplete = self { false } else { true }
    }

    /// Assembles a change from the wire's parts: the one `kind` names is used, the others are ignored;
    /// without it the change is `.incomplete`.
    public init(
        id: Int64, kind: SyncChangeKind, status: StatusChange? = nil, citizen: RegistryRecord? = nil,
        signer: TrustedSignerRecord? = nil, revocation: PassRevocation? = nil, pin: PINRecord? = nil
    ) {
        switch kind {
        case .applicationStatus: self = status.map { .applicationStatus(id: id, $0) } ?? .incomplete(id: id, kind: kind)
        case .citizen: self = citizen.map { .citizen(id: id, $0) } ?? .incomplete(id: id, kind: kind)
        case .trustedSigner: self = signer.map { .trustedSigner(id: id, $0) } ?? .incomplete(id: id, kind: kind)
        case .signerRemoved: self = signer.map { .signerRemoved(id: id, $0) } ?? .incomplete(id: id, kind: kind)
        case .passRevoked: self = revocation.map { .passRevoked(id: id, $0) } ?? .incomplete(id: id, kind: kind)
        case .pin: self = pin.map { .pin(id: id, $0) } ?? .incomplete(id: id, kind: kind)
        }
    }
}

/// What a `SyncChange` carries.
public enum SyncChangeKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// An application of this kiosk moved to another status.
    case applicationStatus = "application.status"
    /// A registry record of one of the kiosk's districts was added or changed.
    case citizen
    /// A pass signer's public key to trust.
    case trustedSigner = "trust.signer"
    /// A pass signer no longer to trust.
    case signerRemoved = "trust.signer-removed"
    /// A pass serial no longer valid.
    case passRevoked = "trust.revoked"
    /// A citizen's PIN verifier or lock-out state (to the kiosks of the citizen's district only).
    case pin
}
