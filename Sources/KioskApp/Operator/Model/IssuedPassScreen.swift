import IdentityCore
import QRCode

/// A pass just issued (activation, reset, reissue), as a QR code with its facts.
public struct IssuedPassScreen: Equatable, Sendable {
    /// The citizen.
    public var record: DeskCitizenRecord
    /// The pass issued.
    public var pass: IssuedPass
    /// The pass as a QR symbol (encoded once); nil when it cannot be.
    public var code: QRMatrix?

    /// The screen for `pass`, encoded.
    public init(record: DeskCitizenRecord, pass: IssuedPass) {
        self.record = record
        self.pass = pass
        self.code = try? QREncoder.encodeAlphanumeric(pass.text)
    }
}

/// What the store answers when it issued a pass.
public struct IssuedPass: Equatable, Sendable {
    /// `KP:…`.
    public var text: String
    public var serial: Int64
    public var validUntil: CalendarDate

    /// A pass from its parts.
    public init(text: String, serial: Int64, validUntil: CalendarDate) {
        self.text = text
        self.serial = serial
        self.validUntil = validUntil
    }
}
