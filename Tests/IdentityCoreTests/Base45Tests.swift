import TestScheduling
import Testing
@testable import IdentityCore

@Suite("Base45 (RFC 9285)", .cpuBound)
struct Base45Tests {
    @Test("RFC 9285 examples encode", arguments: [
        ("AB", "BB8"),
        ("Hello!!", "%69 VD92EX0"),
        ("base-45", "UJCLQE7W581"),
        ("ietf!", "QED8WEX0"),
        ("", ""),
    ])
    func encodes(plain: String, encoded: String) throws {
        #expect(Base45.encode(Array(plain.utf8)) == encoded)
        #expect(try Base45.decode(encoded) == Array(plain.utf8))
    }

    @Test func roundTripsEveryByteValueAndLength() throws {
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ length) }
            #expect(try Base45.decode(Base45.encode(bytes)) == bytes)
        }
        let all = (0...255).map(UInt8.init)
        #expect(try Base45.decode(Base45.encode(all)) == all)
        #expect(try Base45.decode(Base45.encode([0xFF, 0xFF])) == [0xFF, 0xFF])
    }

    @Test("invalid text is refused", arguments: [
        ("GGW", Base45.DecodingError.valueOutOfRange(position: 0)),
        ("::", .valueOutOfRange(position: 0)),
        ("A", .danglingCharacter),
        ("BB8A", .danglingCharacter),
        ("bb8", .invalidCharacter(position: 0)),
        ("BB#", .invalidCharacter(position: 2)),
    ])
    func refuses(text: String, error: Base45.DecodingError) {
        #expect(throws: error) { try Base45.decode(text) }
    }
}
