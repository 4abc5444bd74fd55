import Testing
import QRCode

@Suite struct EncoderTests {
    @Test(arguments: [(20, 1), (80, 4), (122, 5), (123, 6)])
    func alphanumericVersionAtLevelM(length: Int, version: Int) throws {
        let matrix = try QREncoder.encodeAlphanumeric(SampleTexts.base45(count: length), level: .medium)
        #expect(matrix.version == version)
        #expect(matrix.size == 4 * version + 17)
        #expect(matrix.errorCorrection == .medium)
    }

    @Test func passOf122CharactersIsVersion5() throws {
        let text = SampleTexts.pass(payloadCount: 119)
        #expect(text.count == 122)
        let matrix = try QREncoder.encodeAlphanumeric(text)
        #expect(matrix.version == 5)
        #expect(matrix.size == 37)
    }

    @Test func finderPatternCornersAreDark() throws {
        let matrix = try QREncoder.encodeAlphanumeric("KP:HELLO")
        let last = matrix.size - 1
        #expect(matrix[0, 0] && matrix[0, last] && matrix[last, 0])
        #expect(!matrix[7, 7])  // separator around the top-left finder
    }

    @Test func rejectsCharactersOutsideTheAlphanumericSet() {
        #expect(throws: QREncodingError.notAlphanumeric(characters: ["a", "b", "é"], firstOffset: 3)) {
            try QREncoder.encodeAlphanumeric("KP:abaé")
        }
        let message = QREncodingError.notAlphanumeric(characters: ["a"], firstOffset: 3).description
        #expect(message.contains("\"a\" (U+0061)"))
        #expect(message.contains("character 4"))
        #expect(message.contains("A-Z"))
    }

    @Test func rejectsTextTooLongForVersion40() {
        #expect(throws: QREncodingError.tooLong(count: 3392, level: .medium)) {
            try QREncoder.encodeAlphanumeric(SampleTexts.base45(count: 3392), level: .medium)
        }
        #expect(throws: QREncodingError.tooLong(count: 2332, level: .medium)) {
            try QREncoder.encodeBytes([UInt8](repeating: 0x41, count: 2332), level: .medium)
        }
    }

    @Test func largestAlphanumericTextFitsVersion40() throws {
        let matrix = try QREncoder.encodeAlphanumeric(SampleTexts.base45(count: 3391), level: .medium)
        #expect(matrix.version == 40)
        #expect(matrix.size == 177)
    }

    @Test func rejectsEmptyInput() {
        #expect(throws: QREncodingError.emptyInput) { try QREncoder.encodeAlphanumeric("") }
        #expect(throws: QREncodingError.emptyInput) { try QREncoder.encodeBytes([UInt8]()) }
    }

    @Test func alphanumericModeIsSmallerThanBytes() throws {
        let text = SampleTexts.pass(payloadCount: 119)
        let alphanumeric = try QREncoder.encodeAlphanumeric(text)
        let bytes = try QREncoder.encodeBytes(text)
        #expect(try #require(bytes.version) > #require(alphanumeric.version))
    }

    @Test(arguments: QRErrorCorrectionLevel.allCases)
    func higherLevelsNeverShrinkTheSymbol(level: QRErrorCorrectionLevel) throws {
        let text = SampleTexts.base45(count: 60)
        let low = try QREncoder.encodeAlphanumeric(text, level: .low)
        let other = try QREncoder.encodeAlphanumeric(text, level: level)
        #expect(other.errorCorrection == level)
        #expect(other.size >= low.size)
    }

    @Test func libraryFailureNamesTheErrno() {
        let message = QREncodingError.libraryFailure(function: "QRcode_encodeInput", errno: 12).description
        #expect(message.contains("QRcode_encodeInput"))
        #expect(message.contains("errno 12"))
    }
}
