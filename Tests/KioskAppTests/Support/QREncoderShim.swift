import QRCode

/// The matrix the core should have encoded for a pass text.
enum QREncoderShim {
    static func matrix(_ text: String) throws -> QRMatrix { try QREncoder.encodeAlphanumeric(text) }
}
