import Foundation

/// A pass issuer key the bundle certifies: who may sign passes with it, and until when it is believed.
public struct BundleIssuer: Codable, Hashable, Sendable {
    /// Base64 of the full 32-byte Ed25519 public key (the identity; `keyID` is only a hint).
    public var publicKey: String
    /// The pass format's 1-byte key id (0–255). Several keys may share it: verifiers try each.
    public var keyID: Int
    /// Words for people ("kiosk KPPSH001, 2026").
    public var label: String
    /// `central`, or `kiosk:<KIOSK-ID>`: who may sign passes with this key.
    public var scope: String
    /// The last instant a pass may be issued with this key.
    public var signUntil: Date
    /// The last instant a pass signed with this key is believed (its last pass's expiry, or earlier to retire it).
    public var verifyUntil: Date

    public init(publicKey: String, keyID: Int, label: String, scope: String, signUntil: Date, verifyUntil: Date) {
        self.publicKey = publicKey
        self.keyID = keyID
        self.label = label
        self.scope = scope
        self.signUntil = signUntil
        self.verifyUntil = verifyUntil
    }

    /// The scope word for a kiosk.
    public static func kioskScope(_ kioskID: String) -> String { "kiosk:\(kioskID)" }
    /// The scope word for the central.
    public static let centralScope = "central"
}

/// One revoked pass: the issuer's full public key and the pass serial (serials are unique per issuer only).
public struct RevokedPass: Codable, Hashable, Sendable {
    /// Base64 of the issuer's 32-byte public key.
    public var issuer: String
    public var serial: Int64

    public init(issuer: String, serial: Int64) {
        self.issuer = issuer
        self.serial = serial
    }
}

/// "Every pass of this issuer whose issue day is before `day`" (a lost kiosk, a leaked key).
public struct RevokedBefore: Codable, Hashable, Sendable {
    /// Base64 of the issuer's 32-byte public key.
    public var issuer: String
    /// `YYYY-MM-DD` (a pass's issue day is a Pakistan day).
    public var day: String

    public init(issuer: String, day: String) {
        self.issuer = issuer
        self.day = day
    }
}

/// An enrolled kiosk's device key, which signs its sync requests.
public struct BundleDevice: Codable, Hashable, Sendable {
    public var kioskID: String
    /// Base64 of the 32-byte Ed25519 device public key.
    public var publicKey: String
    /// The registration centre, in words.
    public var centre: String
    /// District codes the kiosk is enrolled for.
    public var districts: [Int]
    /// `active` or `revoked` (other words are kept, and mean "not active").
    public var status: String

    public init(kioskID: String, publicKey: String, centre: String, districts: [Int], status: String) {
        self.kioskID = kioskID
        self.publicKey = publicKey
        self.centre = centre
        self.districts = districts
        self.status = status
    }

    /// The status word of a device the bundle vouches for.
    public static let activeStatus = "active"
}
