import Foundation
import IdentityCore

/// One Khyber Pass as the kiosk issued it: its serial, holder, validity, signing key and encoded text.
public struct PassRecord: Hashable, Sendable {
    /// Unique, increasing; allocated by the registry in the same transaction that records the pass.
    public var serial: Int64
    public var cnic: CNIC
    public var issuedOn: CalendarDate
    public var expiresOn: CalendarDate
    /// Which signing key signed it.
    public var keyID: String
    /// The pass as printed in the QR code.
    public var text: String
    /// When it was revoked; nil while valid.
    public var revokedAt: Date?

    public init(serial: Int64, cnic: CNIC, issuedOn: CalendarDate, expiresOn: CalendarDate, keyID: String, text: String, revokedAt: Date? = nil) {
        self.serial = serial
        self.cnic = cnic
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
        self.keyID = keyID
        self.text = text
        self.revokedAt = revokedAt
    }
}
