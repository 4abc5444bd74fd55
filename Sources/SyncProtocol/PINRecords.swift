/// A PIN verifier as it travels: the scrypt hash and salt (base64) and the cost — never the PIN.
public struct PINVerifierRecord: Codable, Hashable, Sendable {
    public var hash: String
    public var salt: String
    public var costLog2: Int

    public init(hash: String, salt: String, costLog2: Int) {
        self.hash = hash
        self.salt = salt
        self.costLog2 = costLog2
    }
}

/// The payload of a `pin.set` (with `verifier`) or `pin.state` (without) operation, as the kiosk writes it.
public struct PINChangeSubmission: Codable, Hashable, Sendable {
    public var format: Int
    /// 13 digits.
    public var cnic: String
    public var verifier: PINVerifierRecord?
    public var failedAttempts: Int
    public var lockedUntilMillis: Int64?
    /// The kiosk's clock reading of the change (`HLCTimestamp.text`): later readings win everywhere.
    public var hlc: String

    public init(format: Int = 1, cnic: String, verifier: PINVerifierRecord?, failedAttempts: Int, lockedUntilMillis: Int64?, hlc: String) {
        self.format = format
        self.cnic = cnic
        self.verifier = verifier
        self.failedAttempts = failedAttempts
        self.lockedUntilMillis = lockedUntilMillis
        self.hlc = hlc
    }
}

/// A citizen's PIN as the central sends it down (change kind `pin`) to the kiosks of the citizen's
/// district: the newest verifier (when the central has one) and the newest lock-out state, each with the
/// clock reading that made it and the kiosk that made it (which skips its own changes).
public struct PINRecord: Codable, Hashable, Sendable {
    /// 13 digits.
    public var cnic: String
    public var verifier: PINVerifierRecord?
    /// The reading of the verifier's change; nil with no verifier.
    public var changedHLC: String?
    public var failedAttempts: Int
    public var lockedUntilMillis: Int64?
    public var stateHLC: String
    /// The kiosk whose change this is.
    public var kioskID: String

    public init(
        cnic: String, verifier: PINVerifierRecord?, changedHLC: String?, failedAttempts: Int, lockedUntilMillis: Int64?, stateHLC: String,
        kioskID: String
    ) {
        self.cnic = cnic
        self.verifier = verifier
        self.changedHLC = changedHLC
        self.failedAttempts = failedAttempts
        self.lockedUntilMillis = lockedUntilMillis
        self.stateHLC = stateHLC
        self.kioskID = kioskID
    }
}

/// The payload of a `pass.revoked` operation.
public struct PassRevocationSubmission: Codable, Hashable, Sendable {
    public var format: Int
    public var serial: Int64
    /// Base64 of the issuer's raw public key; nil when the kiosk did not say (the central takes the
    /// kiosk's enrolled issuer key).
    public var issuer: String?
    public var revokedAtMillis: Int64
    /// 13 digits.
    public var cnic: String
}
