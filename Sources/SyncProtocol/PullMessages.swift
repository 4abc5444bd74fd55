/// `POST /v1/pull`: the changes for one kiosk after `cursor`.
public struct PullRequest: Codable, Hashable, Sendable {
    public var protocolVersion: Int
    public var kioskID: String
    /// The last change id this kiosk applied; 0 for "from the start".
    public var cursor: Int64
    /// District codes whose registry records this kiosk carries (a field camp's districts; a walk-in
    /// kiosk's own). Empty: no registry records.
    public var districts: [Int]
    /// At most this many changes (capped at `SyncWire.maxChangesPerPull`).
    public var limit: Int

    public init(protocolVersion: Int = SyncWire.version, kioskID: String, cursor: Int64, districts: [Int], limit: Int) {
        self.protocolVersion = protocolVersion
        self.kioskID = kioskID
        self.cursor = cursor
        self.districts = districts
        self.limit = limit
    }
}

/// One page of changes, in change-id order. The kiosk applies the page and stores `nextCursor` in ONE
/// transaction; then asks again while `hasMore`.
public struct PullResponse: Codable, Hashable, Sendable {
    public var protocolVersion: Int
    public var centralClock: HLCTimestamp
    public var changes: [SyncChange]
    /// The cursor to store after applying `changes` (the last change's id, or the request's cursor when
    /// there are none).
    public var nextCursor: Int64
    public var hasMore: Bool

    public init(protocolVersion: Int = SyncWire.version, centralClock: HLCTimestamp, changes: [SyncChange], nextCursor: Int64, hasMore: Bool) {
        self.protocolVersion = protocolVersion
        self.centralClock = centralClock
        self.changes = changes
        self.nextCursor = nextCursor
        self.hasMore = hasMore
    }
}

/// One change from the central store. Exactly one of the optional parts is set, the one `kind` names.
public struct SyncChange: Codable, Hashable, Sendable {
    /// The central store's change id: ascending, and no reader ever sees a smaller id appear later.
    public var id: Int64
    public var kind: SyncChangeKind
    public var status: StatusChange?
    public var citizen: RegistryRecord?
    public var signer: TrustedSignerRecord?
    public var revocation: PassRevocation?

    public init(
        id: Int64, kind: SyncChangeKind, status: StatusChange? = nil, citizen: RegistryRecord? = nil,
        signer: TrustedSignerRecord? = nil, revocation: PassRevocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.status = status
        self.citizen = citizen
        self.signer = signer
        self.revocation = revocation
    }

    /// True when the part `kind` names is present.
    public var isComplete: Bool {
        switch kind {
        case .applicationStatus: status != nil
        case .citizen: citizen != nil
        case .trustedSigner, .signerRemoved: signer != nil
        case .passRevoked: revocation != nil
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
}

/// An application's new status, as the back office set it.
public struct StatusChange: Codable, Hashable, Sendable {
    public var applicationID: String
    public var tracking: String
    /// `ApplicationStatus` raw value: `received`, `in-review`, `approved`, `rejected`, `ready-for-collection`.
    public var status: String
    /// Milliseconds since 1970 (central's clock).
    public var changedAtMillis: Int64
    public var hlc: HLCTimestamp

    public init(applicationID: String, tracking: String, status: String, changedAtMillis: Int64, hlc: HLCTimestamp) {
        self.applicationID = applicationID
        self.tracking = tracking
        self.status = status
        self.changedAtMillis = changedAtMillis
        self.hlc = hlc
    }
}

/// A citizen's registry record as the province holds it (no PIN: PINs never leave the kiosk they were set on).
public struct RegistryRecord: Codable, Hashable, Sendable {
    /// 13 digits, no dashes.
    public var cnic: String
    public var nameLatin: String
    public var nameUrdu: String
    public var guardianLatin: String
    public var guardianUrdu: String
    /// `s/o`, `d/o` or `w/o`.
    public var guardianRelation: String
    /// `male` or `female`.
    public var gender: String
    /// `YYYY-MM-DD`.
    public var birthDate: String
    public var districtCode: Int
    public var tehsil: String
    public var address: String
    /// `03XXXXXXXXX`.
    public var mobile: String
    /// Bumped by the central store on every change to this record.
    public var version: Int64

    public init(
        cnic: String, nameLatin: String, nameUrdu: String, guardianLatin: String, guardianUrdu: String, guardianRelation: String,
        gender: String, birthDate: String, districtCode: Int, tehsil: String, address: String, mobile: String, version: Int64
    ) {
        self.cnic = cnic
        self.nameLatin = nameLatin
        self.nameUrdu = nameUrdu
        self.guardianLatin = guardianLatin
        self.guardianUrdu = guardianUrdu
        self.guardianRelation = guardianRelation
        self.gender = gender
        self.birthDate = birthDate
        self.districtCode = districtCode
        self.tehsil = tehsil
        self.address = address
        self.mobile = mobile
        self.version = version
    }
}

/// A pass signer on the trust list.
public struct TrustedSignerRecord: Codable, Hashable, Sendable {
    /// The pass format's key id (hex).
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

/// A revoked pass serial.
public struct PassRevocation: Codable, Hashable, Sendable {
    public var serial: Int64
    /// Milliseconds since 1970.
    public var revokedAtMillis: Int64

    public init(serial: Int64, revokedAtMillis: Int64) {
        self.serial = serial
        self.revokedAtMillis = revokedAtMillis
    }
}
