/// What a Khyber Pass says about its holder: the signed fields, no name and no photo.
public struct PassClaims: Hashable, Sendable {
    /// Which signer in the trust list made the signature (a hint: verification always uses the key).
    public var keyID: UInt8
    public var cnic: CNIC
    /// Unique per issued pass: reissue gets a new serial; revocation lists serials.
    public var serial: UInt32
    /// The day of issue (Pakistan Standard Time).
    public var issuedOn: CalendarDate
    /// Whole months of validity; the pass is valid through the last moment of `expiresOn`.
    public var validityMonths: UInt8

    public init(keyID: UInt8, cnic: CNIC, serial: UInt32, issuedOn: CalendarDate, validityMonths: UInt8) {
        self.keyID = keyID
        self.cnic = cnic
        self.serial = serial
        self.issuedOn = issuedOn
        self.validityMonths = validityMonths
    }

    /// The last day the pass is valid.
    public var expiresOn: CalendarDate { issuedOn.adding(months: Int(validityMonths)) }
}
