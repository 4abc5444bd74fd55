import Foundation

/// The small part of RFC 8941 (Structured Field Values) the request signature uses: a dictionary whose
/// members are an inner list of strings with parameters (`Signature-Input`) or a byte sequence
/// (`Signature`, `Content-Digest`). Parsing is strict: anything outside this subset is refused, never guessed.
public enum StructuredFields {
    /// One member value of a dictionary.
    public enum Member: Equatable, Sendable {
        /// `("a" "b");k=v;…`
        case innerList([String], parameters: [Parameter])
        /// `:base64:`
        case bytes([UInt8])
        /// Any other bare item, kept as its text (a token, integer, string…): read but not used.
        case other(String)
    }

    /// One parameter, in the order it appeared.
    public struct Parameter: Equatable, Sendable {
        public var key: String
        public var value: ParameterValue

        public init(_ key: String, _ value: ParameterValue) {
            self.key = key
            self.value = value
        }
    }

    /// A parameter's value: the three kinds the signature parameters use.
    public enum ParameterValue: Equatable, Sendable {
        case integer(Int64)
        case string(String)
        case token(String)
    }

    /// Why a field could not be read.
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public let description: String
    }

    // MARK: Serialising

    /// `"text"` with `\` and `"` escaped (the text must be printable ASCII; callers make sure of it).
    public static func string(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `:base64:`.
    public static func bytes(_ bytes: some Sequence<UInt8>) -> String {
        ":" + Data(bytes).base64EncodedString() + ":"
    }

    /// `("a" "b");k=v…`, parameters in the given order.
    public static func innerList(_ items: [String], parameters: [Parameter]) -> String {
        "(" + items.map(string).joined(separator: " ") + ")" + parameters.map { parameter in
            let value: String = switch parameter.value {
            case .integer(let number): String(number)
            case .string(let text): string(text)
            case .token(let token): token
            }
            return ";" + parameter.key + "=" + value
        }.joined()
    }

    // MARK: Parsing

    /// Parses a dictionary field value into its members, in order. Duplicate keys: the last wins (RFC 8941 §4.2.2).
    public static func parseDictionary(_ field: String) throws(ParseError) -> [(key: String, value: Member)] {
        var reader = Reader(Array(field.utf8))
        var members: [(key: String, value: Member)] = []
        reader.skipSpaces()
        if reader.atEnd { return [] }
        while true {
            let key = try reader.key()
            let value: Member
            if reader.take(UInt8(ascii: "=")) {
                value = try reader.member()
            } else {
                value = .other("?1")
                _ = try reader.parameters()
            }
            members.removeAll { $0.key == key }
            members.append((key, value))
            reader.skipOWS()
            if reader.atEnd { return members }
            guard reader.take(UInt8(ascii: ",")) else { throw ParseError(description: "expected , between members") }
            reader.skipOWS()
            if reader.atEnd { throw ParseError(description: "a trailing comma") }
            if members.count > 64 { throw ParseError(description: "more than 64 members") }
        }
    }

    /// A byte cursor over one field value.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }
        var peek: UInt8? { atEnd ? nil : bytes[index] }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() { while peek == 0x20 { index += 1 } }
        mutating func skipOWS() { while peek == 0x20 || peek == 0x09 { index += 1 } }

        /// `lcalpha / "*"` then `lcalpha / DIGIT / "_" / "-" / "." / "*"`.
        mutating func key() throws(ParseError) -> String {
            guard let first = peek, (0x61...0x7A).contains(first) || first == 0x2A else { throw ParseError(description: "a key must start with a lowercase letter") }
            let start = index
            while let byte = peek, (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || [0x5F, 0x2D, 0x2E, 0x2A].contains(byte) {
                index += 1
            }
            if index - start > 64 { throw ParseError(description: "a key longer than 64 characters") }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func member() throws(ParseError) -> Member {
            if take(UInt8(ascii: "(")) {
                var items: [String] = []
                while true {
                    skipSpaces()
                    if take(UInt8(ascii: ")")) { break }
                    guard peek == UInt8(ascii: "\"") else { throw ParseError(description: "the covered components must be strings") }
                    items.append(try string())
                    _ = try parameters()
                    guard peek == 0x20 || peek == UInt8(ascii: ")") else { throw ParseError(description: "expected a space or ) in the list") }
                    if items.count > 32 { throw ParseError(description: "more than 32 covered components") }
                }
                return .innerList(items, parameters: try parameters())
            }
            if take(UInt8(ascii: ":")) {
                let start = index
                while let byte = peek, byte != UInt8(ascii: ":") { index += 1 }
                guard take(UInt8(ascii: ":")), let data = Data(base64Encoded: Data(bytes[start..<(index - 1)])) else {
                    throw ParseError(description: "a byte sequence is not :base64:")
                }
                _ = try parameters()
                return .bytes(Array(data))
            }
            let start = index
            while let byte = peek, byte != UInt8(ascii: ","), byte != UInt8(ascii: ";") { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            _ = try parameters()
            return .other(text)
        }

        mutating func parameters() throws(ParseError) -> [Parameter] {
            var parameters: [Parameter] = []
            while take(UInt8(ascii: ";")) {
                skipSpaces()
                let key = try key()
                guard take(UInt8(ascii: "=")) else {
                    parameters.append(Parameter(key, .token("?1")))
                    continue
                }
                let value: ParameterValue
                if peek == UInt8(ascii: "\"") {
                    value = .string(try string())
                } else if let byte = peek, (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") {
                    value = .integer(try integer())
                } else if let byte = peek, (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2A {
                    let start = index
                    while let next = peek, next > 0x20, next < 0x7F, ![UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: "\"")].contains(next) { index += 1 }
                    value = .token(String(decoding: bytes[start..<index], as: UTF8.self))
                } else {
                    throw ParseError(description: "parameter \(key) has a value of a kind not used here")
                }
                parameters.removeAll { $0.key == key }
                parameters.append(Parameter(key, value))
                if parameters.count > 16 { throw ParseError(description: "more than 16 parameters") }
            }
            return parameters
        }

        mutating func string() throws(ParseError) -> String {
            guard take(UInt8(ascii: "\"")) else { throw ParseError(description: "expected a string") }
            var out: [UInt8] = []
            while let byte = peek {
                index += 1
                if byte == UInt8(ascii: "\\") {
                    guard let next = peek, next == UInt8(ascii: "\\") || next == UInt8(ascii: "\"") else { throw ParseError(description: "a bad escape in a string") }
                    out.append(next)
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    return String(decoding: out, as: UTF8.self)
                } else if byte < 0x20 || byte > 0x7E {
                    throw ParseError(description: "a string holds a character outside printable ASCII")
                } else {
                    out.append(byte)
                }
                if out.count > 1024 { throw ParseError(description: "a string longer than 1024 characters") }
            }
            throw ParseError(description: "a string without its closing quote")
        }

        mutating func integer() throws(ParseError) -> Int64 {
            let start = index
            if peek == UInt8(ascii: "-") { index += 1 }
            while let byte = peek, (0x30...0x39).contains(byte) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard text.count <= 16, let number = Int64(text) else { throw ParseError(description: "an integer longer than 15 digits") }
            return number
        }
    }
}
