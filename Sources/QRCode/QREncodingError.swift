import Glibc

/// Why a text could not be turned into a QR symbol.
public enum QREncodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing to encode.
    case emptyInput
    /// Characters outside the QR alphanumeric set (distinct, in order of appearance) and the
    /// 0-based character offset of the first one.
    case notAlphanumeric(characters: [Character], firstOffset: Int)
    /// The data does not fit a version-40 symbol at this level.
    case tooLong(count: Int, level: QRErrorCorrectionLevel)
    /// A libqrencode call failed; `errno` as it reported.
    case libraryFailure(function: String, errno: Int32)

    /// A sentence for people: what is wrong and, where it helps, what is allowed.
    public var description: String {
        switch self {
        case .emptyInput:
            return "nothing to encode: the text is empty"
        case .notAlphanumeric(let characters, let offset):
            let shown = characters.map(Self.describe).joined(separator: ", ")
            return "QR alphanumeric mode cannot encode \(shown) (first at character \(offset + 1)); "
                + "allowed are 0-9, A-Z (upper case only), space and $ % * + - . / :"
        case .tooLong(let count, let level):
            return "\(count) characters/bytes do not fit the largest QR symbol (version 40) at level \(level.rawValue)"
        case .libraryFailure(let function, let code):
            return "libqrencode \(function) failed: \(String(cString: strerror(code))) (errno \(code))"
        }
    }

    /// A character quoted with its Unicode scalars, so invisible ones are visible.
    private static func describe(_ character: Character) -> String {
        let scalars = character.unicodeScalars
            .map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
            .joined(separator: " ")
        return "\"\(character)\" (\(scalars))"
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
