import Testing
import QRCode

@Suite struct HalfBlockParserTests {
    @Test func moduleRowsOfTheTinyRendering() throws {
        let rows = try HalfBlockParser.moduleRows(["▀▄█", "▀  "])
        #expect(rows == [
            [true, false, true],
            [false, true, true],
            [true, false, false],
            [false, false, false],
        ])
    }

    @Test(arguments: QRErrorCorrectionLevel.allCases)
    func parseOfRenderRoundTrips(level: QRErrorCorrectionLevel) throws {
        let matrix = try QREncoder.encodeAlphanumeric(SampleTexts.pass(payloadCount: 119), level: level)
        let lines = HalfBlockRenderer().render(matrix).ansiLines()
        let parsed = try QRMatrix(halfBlockLines: lines)
        #expect(parsed == matrix)
        #expect(parsed.errorCorrection == level)
    }

    @Test func roundTripsEvenSizedQuietZonesAndLargeVersions() throws {
        let matrix = try QREncoder.encodeBytes("Khyber Pakhtunkhwa identity kiosk, Peshawar", level: .high)
        let scan = try HalfBlockParser.parse(HalfBlockRenderer(quietZone: 3).render(matrix).ansiLines(colors: .basic8))
        #expect(scan.matrix == matrix)
        #expect(scan.margins.top == 3 && scan.margins.left == 3 && scan.margins.right == 3)
        #expect(scan.margins.bottom >= 3)
    }

    @Test func readsColouredLinesWithTrimmedTrailingSpaces() throws {
        let matrix = try QREncoder.encodeAlphanumeric(SampleTexts.pass(payloadCount: 119))
        let captured = HalfBlockRenderer().render(matrix).ansiLines().map { line in
            // tmux capture-pane drops trailing blanks; keep the escapes as `capture-pane -e` would.
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        let scan = try HalfBlockParser.parse(captured)
        #expect(scan.matrix == matrix)
        #expect(scan.margins.top == 4 && scan.margins.left == 4)
    }

    @Test func coloursCarryOverFromLineToLineAsTmuxWritesThem() throws {
        let rows = try HalfBlockParser.moduleRows(["\u{1B}[38;5;231;48;5;16m ▄", "\u{1B}[30;47m▄", " \u{1B}[0m "])
        #expect(rows == [
            [true, true], [true, false],
            [false, false], [true, false],
            [false, false], [false, false],
        ])
    }

    @Test func rejectsForeignGlyphs() {
        #expect(throws: HalfBlockParseError.unexpectedGlyph("X", line: 1, column: 2)) {
            try HalfBlockParser.moduleRows(["   ", "█▀X"])
        }
    }

    @Test func rejectsBlankText() {
        #expect(throws: HalfBlockParseError.noDarkModules) { try QRMatrix(halfBlockLines: ["   ", "  "]) }
    }

    @Test func rejectsSquaresThatAreNoSymbolSize() {
        #expect(throws: HalfBlockParseError.notASymbolSize(3)) { try QRMatrix(halfBlockLines: ["▀▄█", "▀  "]) }
    }

    @Test func rejectsNonSquareShapes() {
        #expect(throws: HalfBlockParseError.notSquare(width: 3, height: 1)) { try QRMatrix(halfBlockLines: ["▀▀▀"]) }
    }
}
