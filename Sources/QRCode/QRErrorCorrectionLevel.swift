import CQRencode

/// How much of a QR symbol may be damaged and still decode: about 7 %, 15 %, 25 % or 30 %.
public enum QRErrorCorrectionLevel: String, Sendable, CaseIterable {
    case low = "L"
    case medium = "M"
    case quartile = "Q"
    case high = "H"

    /// The matching libqrencode constant.
    var cLevel: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }

    /// The two level bits stored in a symbol's format information (ISO/IEC 18004 table 12).
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }

    /// The level whose format bits are `bits`.
    init(formatBits bits: Int) {
        switch bits & 0b11 {
        case 0b01: self = .low
        case 0b00: self = .medium
        case 0b11: self = .quartile
        default: self = .high
        }
    }
}
