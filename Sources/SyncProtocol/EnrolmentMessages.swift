extension SyncWire {
    /// `POST`: an `EnrolmentRequest` (unsigned: the device is not known yet), answered by an `EnrolmentResponse`.
    public static let enrolPath = "/v1/enrol"
    /// Header on a 401 answer: the central's clock (milliseconds since 1970), so a kiosk can tell its offset.
    public static let centralTimeHeader = "Khyber-Central-Time"
}

/// A kiosk asks to be enrolled: its id and the two public keys it made. The central keeps it PENDING
/// until a supervisor compares the short code and approves it (`khyber-central devices approve`).
public struct EnrolmentRequest: Codable, Hashable, Sendable {
    public var protocolVersion: Int
    /// Canonical kiosk id (`KioskIDFormat`).
    public var kioskID: String
    /// Base64 of the 32-byte Ed25519 device key (signs requests).
    public var devicePublicKey: String
    /// Base64 of the 32-byte Ed25519 pass issuer key (signs passes; the trust bundle lists it once approved).
    public var issuerPublicKey: String
    /// The centre's name as the kiosk is configured (at most 80 characters; the supervisor may change it).
    public var centre: String
    /// District codes the kiosk asks to carry (the supervisor may change them).
    public var districts: [Int]

    public init(protocolVersion: Int = SyncWire.version, kioskID: String, devicePublicKey: String, issuerPublicKey: String, centre: String, districts: [Int]) {
        self.protocolVersion = protocolVersion
        self.kioskID = kioskID
        self.devicePublicKey = devicePublicKey
        self.issuerPublicKey = issuerPublicKey
        self.centre = centre
        self.districts = districts
    }
}

/// The central's answer to an enrolment request.
public struct EnrolmentResponse: Codable, Hashable, Sendable {
    public var protocolVersion: Int
    public var kioskID: String
    /// `pending`, or `approved` when this very key is already approved.
    public var status: String
    /// The short code the supervisor types (`EnrolmentCode`): the kiosk shows the one it computed itself.
    public var code: String
    public var centralTimeMillis: Int64

    public init(protocolVersion: Int = SyncWire.version, kioskID: String, status: String, code: String, centralTimeMillis: Int64) {
        self.protocolVersion = protocolVersion
        self.kioskID = kioskID
        self.status = status
        self.code = code
        self.centralTimeMillis = centralTimeMillis
    }
}
