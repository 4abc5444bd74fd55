import CQRencode
import Glibc

/// Encodes text into QR symbols with libqrencode, choosing the smallest version that fits.
public enum QREncoder {
    /// Encodes `text` (QR alphanumeric set only) as one alphanumeric segment.
    public static func encodeAlphanumeric(
        _ text: String, level: QRErrorCorrectionLevel = .medium
    ) throws(QREncodingError) -> QRMatrix {
        try QRAlphanumeric.validate(text)
        return try encode(Array(text.utf8), mode: QR_MODE_AN, level: level)
    }

    /// Encodes raw bytes as one 8-bit segment.
    public static func encodeBytes(
        _ data: [UInt8], level: QRErrorCorrectionLevel = .medium
    ) throws(QREncodingError) -> QRMatrix {
        try encode(data, mode: QR_MODE_8, level: level)
    }

    /// Encodes the UTF-8 bytes of `text` as one 8-bit segment.
    public static func encodeBytes(
        _ text: String, level: QRErrorCorrectionLevel = .medium
    ) throws(QREncodingError) -> QRMatrix {
        try encodeBytes(Array(text.utf8), level: level)
    }

    /// Builds the input by hand (version 0 = smallest that fits) and frees every libqrencode object.
    private static func encode(
        _ data: [UInt8], mode: QRencodeMode, level: QRErrorCorrectionLevel
    ) throws(QREncodingError) -> QRMatrix {
        guard !data.isEmpty else { throw .emptyInput }
        guard data.count <= Int(Int32.max) else { throw .tooLong(count: data.count, level: level) }

        errno = 0
        guard let input = QRinput_new2(0, level.cLevel) else {
            throw .libraryFailure(function: "QRinput_new2", errno: errno)
        }
        defer { QRinput_free(input) }

        errno = 0
        let appended = data.withUnsafeBufferPointer { buffer in
            QRinput_append(input, mode, Int32(buffer.count), buffer.baseAddress)
        }
        guard appended == 0 else {
            throw .libraryFailure(function: "QRinput_append", errno: errno)
        }

        errno = 0
        guard let code = QRcode_encodeInput(input) else {
            let failure = errno
            if failure == ERANGE { throw .tooLong(count: data.count, level: level) }
            throw .libraryFailure(function: "QRcode_encodeInput", errno: failure)
        }
        defer { QRcode_free(code) }

        let width = Int(code.pointee.width)
        let cells = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        return QRMatrix(
            size: width,
            modules: cells.map { $0 & 1 == 1 },
            version: Int(code.pointee.version),
            errorCorrection: level
        )
    }
}
