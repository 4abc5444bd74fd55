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
    /// The version of the newest trust bundle the central published (absent: none, or an older central).
    /// A kiosk holding a lower version fetches `GET /v1/trust-bundle` (docs/trust-bundle.md).
    public var trustBundleVersion: Int64?

    public init(
        protocolVersion: Int = SyncWire.version, centralClock: HLCTimestamp, changes: [SyncChange], nextCursor: Int64, hasMore: Bool,
        trustBundleVersion: Int64? = nil
    ) {
        self.protocolVersion = protocolVersion
        self.centralClock = centralClock
        self.changes = changes
        self.nextCursor = nextCursor
        self.hasMore = hasMore
        self.trustBundleVersion = trustBundleVersion
    }
}

/// An application's new status, as the back office set it.
public struct StatusChange: Codable, Hashable, Sendable {
    public var applicationID: String
    public var tracking: String
    /// An `ApplicationStatus` raw value: `received`, `in-review`, `approved`, `rejected`, `ready-for-collection`
    /// (text on the wire, so a word this build does not know still decodes; the kiosk skips it).
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

    /// A change to a status this build knows.
    public init(applicationID: String, tracking: String, status: ApplicationStatus, changedAtMillis: Int64, hlc: HLCTimestamp) {
        self.init(applicationID: applicationID, tracking: tracking, status: status.rawValue, changedAtMillis: changedAtMillis, hlc: hlc)
    }

    /// The status, when this build knows the word.
    public var applicationStatus: ApplicationStatus? { ApplicationStatus(rawValue: status) }
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
    /// `03XXXXXXXXX`: `MobileNumber.wireForm` (the kiosk keeps `MobileNumber.canonical`, `03XX-XXXXXXX`).
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
