import QRCode

/// The My Khyber Pass screen: waiting for the pass, then its QR symbol.
public enum MyPassScreen: Equatable, Sendable {
    /// Waiting for `.passLoaded`.
    case preparing
    /// The pass encoded as a QR symbol (encoded once, when it arrives; the view only draws it).
    case ready(QRMatrix)
    /// The pass text could not be made into a QR code.
    case unreadable
}
