/// The Khyber Pass wire format, version 1: `KP:` then Base45 of 15 payload bytes and a 64-byte Ed25519
/// signature, 122 characters in all, so it fits QR version 5 at level M. See docs/pass-format.md.
public enum PassFormat {
    /// The text every pass starts with; also the signature's domain separator.
    public static let prefix = "KP:"
    /// Format version carried in byte 0.
    public static let version: UInt8 = 1
    /// Bytes before the signature.
    public static let payloadLength = 15
    /// Ed25519 signatures are 64 bytes.
    public static let signatureLength = 64
    /// Prefix + Base45(79 bytes) = 3 + 119.
    public static let textLength = 122
    /// Day 0 of the issue-date field: 2024-01-01.
    public static let epoch = CalendarDate(year: 2024, month: 1, day: 1)!

    /// Why bytes or text are not a well-formed pass (the signature is not looked at here).
    public enum MalformedReason: Error, Equatable, Sendable, CustomStringConvertible {
        case missingPrefix
        case wrongLength(Int)
        case notBase45(String)
        case unsupportedVersion(UInt8)
        case invalidCNIC
        case invalidDates
        case fieldOutOfRange(String)

        public var description: String {
            switch self {
            case .missingPrefix: "it does not start with \(PassFormat.prefix)"
            case .wrongLength(let count): "it has \(count) characters, a pass has \(PassFormat.textLength)"
            case .notBase45(let why): "its text is damaged (\(why))"
            case .unsupportedVersion(let version): "it is format version \(version); this kiosk reads version \(PassFormat.version)"
            case .invalidCNIC: "the CNIC inside it is not a valid CNIC"
            case .invalidDates: "its validity period is empty"
            case .fieldOutOfRange(let field): "its \(field) cannot be written in this format"
            }
        }
    }

    /// The 15 payload bytes: version, key id, CNIC (48-bit), serial (32-bit), issue day (16-bit), months (8-bit).
    public static func payload(for claims: PassClaims) throws(MalformedReason) -> [UInt8] {
        let days = claims.issuedOn.daysSinceEpoch - epoch.daysSinceEpoch
        guard (0...0xFFFF).contains(days) else { throw .fieldOutOfRange("issue date") }
        guard claims.validityMonths > 0 else { throw .invalidDates }
        var bytes: [UInt8] = [version, claims.keyID]
        let cnic = UInt64(claims.cnic.number)
        for shift in stride(from: 40, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: cnic >> UInt64(shift))) }
        for shift in stride(from: 24, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: claims.serial >> UInt32(shift))) }
        bytes.append(UInt8(days >> 8))
        bytes.append(UInt8(days & 0xFF))
        bytes.append(claims.validityMonths)
        return bytes
    }

    /// The exact bytes the signature covers: ASCII `KP:` followed by the payload.
    public static func signedMessage(payload: [UInt8]) -> [UInt8] { Array(prefix.utf8) + payload }

    /// Reads claims back from payload bytes.
    public static func claims(fromPayload bytes: [UInt8]) throws(MalformedReason) -> PassClaims {
        guard bytes.count == payloadLength else { throw .wrongLength(bytes.count) }
        guard bytes[0] == version else { throw .unsupportedVersion(bytes[0]) }
        var cnicValue: UInt64 = 0
        for byte in bytes[2...7] { cnicValue = cnicValue << 8 | UInt64(byte) }
        guard cnicValue <= UInt64(Int64.max), let cnic = CNIC(number: Int64(cnicValue)) else { throw .invalidCNIC }
        var serial: UInt32 = 0
        for byte in bytes[8...11] { serial = serial << 8 | UInt32(byte) }
        let days = Int(bytes[12]) << 8 | Int(bytes[13])
        guard bytes[14] > 0 else { throw .invalidDates }
        return PassClaims(
            keyID: bytes[1], cnic: cnic, serial: serial,
            issuedOn: epoch.adding(days: days), validityMonths: bytes[14]
        )
    }

    /// Splits a scanned text into payload and signature, checking prefix, length and Base45.
    /// Surrounding whitespace and a scanner's trailing CR/LF are ignored.
    public static func split(_ text: String) throws(MalformedReason) -> (payload: [UInt8], signature: [UInt8]) {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        guard trimmed.hasPrefix(prefix) else { throw .missingPrefix }
        guard trimmed.utf8.count == textLength else { throw .wrongLength(trimmed.count) }
        let bytes: [UInt8]
        do { bytes = try Base45.decode(trimmed.dropFirst(prefix.count)) } catch {
            throw .notBase45(error.description)
        }
        guard bytes.count == payloadLength + signatureLength else { throw .wrongLength(trimmed.count) }
        return (Array(bytes[0..<payloadLength]), Array(bytes[payloadLength...]))
    }

    /// True when a scanned line looks like a pass at all (prefix), before any verification:
    /// lets the kiosk tell a scan from a typed CNIC.
    public static func looksLikePass(_ text: String) -> Bool {
        text.trimmingWhitespaceAndNewlines().uppercased().hasPrefix(prefix)
    }
}

extension String {
    func trimmingWhitespaceAndNewlines() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace || first.isNewline { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace || last.isNewline { scalars.removeLast() }
        return String(scalars)
    }
}
