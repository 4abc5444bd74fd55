/// The three kinds of field bundle: what a USB stick carries between a camp and the central.
public enum FieldBundleKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Kiosk → central: every unacknowledged outbox operation, sealed to the central, signed by the device key.
    case operations = 1
    /// Central → kiosk: the acknowledgements for an imported `operations` bundle, signed by the central (not
    /// sealed: op ids and outcomes only).
    case receipt = 2
    /// Central → kiosk: what the kiosk would pull (statuses, registry records, the trust bundle), sealed to the
    /// kiosk's reply key, signed by the central.
    case changes = 3

    /// The manifest's `kind` word.
    public var description: String {
        switch self {
        case .operations: "operations"
        case .receipt: "receipt"
        case .changes: "changes"
        }
    }

    /// True for the kinds whose payload is HPKE ciphertext.
    public var isSealed: Bool { self != .receipt }
}
