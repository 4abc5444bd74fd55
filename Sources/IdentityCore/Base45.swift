/// Base45 (RFC 9285): bytes as text in the QR code alphanumeric set, 3 characters per 2 bytes.
///
/// Written by hand: no package on this machine provides it.
public enum Base45 {
    /// The 45 characters, in value order.
    public static let alphabet: [UInt8] = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8)

    private static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (value, char) in alphabet.enumerated() { table[Int(char)] = Int8(value) }
        return table
    }()

    /// Why a text is not Base45.
    public enum DecodingError: Error, Equatable, Sendable, CustomStringConvertible {
        case invalidCharacter(position: Int)
        case danglingCharacter
        case valueOutOfRange(position: Int)

        public var description: String {
            switch self {
            case .invalidCharacter(let position): "character \(position + 1) is not in the Base45 alphabet"
            case .danglingCharacter: "the text ends with a single character that encodes nothing"
            case .valueOutOfRange(let position): "the group at character \(position + 1) encodes a value too large"
            }
        }
    }

    /// Encodes bytes: each pair (a, b) becomes n = a·256 + b written as c + 45·d + 45²·e, emitted c, d, e;
    /// a final single byte becomes two characters.
    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count / 2) * 3 + 2)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            if let second = iterator.next() {
                let n = Int(first) << 8 | Int(second)
                output.append(alphabet[n % 45])
                output.append(alphabet[(n / 45) % 45])
                output.append(alphabet[n / 2025])
            } else {
                let n = Int(first)
                output.append(alphabet[n % 45])
                output.append(alphabet[n / 45])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes Base45 text, refusing characters outside the alphabet and groups that overflow.
    public static func decode(_ text: some StringProtocol) throws(DecodingError) -> [UInt8] {
        let chars = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(chars.count / 3 * 2 + 1)
        var index = 0
        while index < chars.count {
            let remaining = chars.count - index
            guard remaining >= 2 else { throw .danglingCharacter }
            let groupLength = min(3, remaining)
            var n = 0
            var factor = 1
            for offset in 0..<groupLength {
                let value = values[Int(chars[index + offset])]
                guard value >= 0 else { throw .invalidCharacter(position: index + offset) }
                n += Int(value) * factor
                factor *= 45
            }
            if groupLength == 3 {
                guard n <= 0xFFFF else { throw .valueOutOfRange(position: index) }
                output.append(UInt8(n >> 8))
                output.append(UInt8(n & 0xFF))
            } else {
                guard n <= 0xFF else { throw .valueOutOfRange(position: index) }
                output.append(UInt8(n))
            }
            index += groupLength
        }
        return output
    }
}
