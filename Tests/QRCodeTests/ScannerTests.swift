import Testing
import QRCode

/// The real scanner's view: zbarimg must read back exactly what was encoded.
@Suite struct ScannerTests {
    static let texts: [String] = [
        SampleTexts.pass(payloadCount: 116),
        SampleTexts.pass(payloadCount: 119, seed: 7),
        SampleTexts.base45(count: 20, seed: 11),
        SampleTexts.base45(count: 80, seed: 13),
        "KP:" + QRAlphanumeric.characters,
    ]

    @Test(arguments: texts)
    func zbarimgReadsTheEncodedMatrix(text: String) throws {
        let matrix = try QREncoder.encodeAlphanumeric(text)
        #expect(try ZBar.scan(QRImage.pgm(matrix)) == text)
    }

    @Test(arguments: texts)
    func zbarimgReadsAMatrixRebuiltFromHalfBlockLines(text: String) throws {
        let lines = HalfBlockRenderer().render(try QREncoder.encodeAlphanumeric(text)).ansiLines()
        let rebuilt = try QRMatrix(halfBlockLines: lines)
        #expect(try ZBar.scan(QRImage.pgm(rebuilt, scale: 3)) == text)
    }

    @Test func zbarimgReadsEightBitText() throws {
        let text = "Khyber Pass kiosk, Peshawar 25000"
        #expect(try ZBar.scan(QRImage.pgm(QREncoder.encodeBytes(text))) == text)
    }
}
