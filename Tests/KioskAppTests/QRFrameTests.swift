import IdentityCore
import KioskApp
import QRCode
import Screen
import ScreenTestSupport
import Testing

@Suite struct QRFrameTests {
    /// The QR's rows and columns as they should sit at 80×24: columns 0–44, rows 0–22.
    static let qrColumns = 0..<45
    static let qrRows = 0..<23

    @Test func theCodeInTheFrameParsesBackToThePassMatrix() throws {
        let frame = Kiosk.view(Journey.myPass())
        let scan = try FrameQR.parse(frame)
        #expect(scan.region == Rect(x: Self.qrColumns.lowerBound, y: Self.qrRows.lowerBound, width: Self.qrColumns.count, height: Self.qrRows.count))
        #expect(scan.matrix == (try QREncoder.encodeAlphanumeric(Fixture.passText)))
        #expect(scan.matrix.version == 5)
        #expect(scan.margins.top == 4 && scan.margins.left == 4 && scan.margins.right == 4)
    }

    @Test func everyCodeCellIsForcedBlackOrWhiteAndNoColourDependsOnAGlyphFillingItsCell() {
        let frame = Kiosk.view(Journey.myPass())
        let black = Color.palette(16), white = Color.palette(231)
        for y in Self.qrRows {
            for x in Self.qrColumns {
                let cell = frame[x, y]
                #expect([black, white].contains(cell.foreground) && [black, white].contains(cell.background), "cell (\(x), \(y))")
                #expect(cell.attributes.isEmpty)
                // A blank shows only its background; a mixed cell is a lower half whose uncovered top is the background.
                #expect(cell.grapheme == " " || cell.grapheme == "▄", "cell (\(x), \(y)) holds \(cell.grapheme)")
                if cell.grapheme == "▄" { #expect(cell.foreground != cell.background) }
            }
        }
        #expect(frame[0, 0].background == white, "the quiet zone is white")
        #expect(frame[45, 0].background == .default, "nothing outside the code is forced")
    }

    @Test func theFrameScansWithZbar() throws {
        #expect(try FrameQR.decode(Kiosk.view(Journey.myPass())) == Fixture.passText)
    }

    @Test func textBesideTheCode() {
        let lines = Kiosk.view(Journey.myPass()).trimmedLines
        let right = lines.map { String(Array($0).dropFirst(45)) }.joined(separator: "\n")
        #expect(right.contains("Ayesha Khan"))
        #expect(right.contains("17301-•••••67-1"))
        #expect(right.contains("Valid until 25 Nov 2031"))
        #expect(lines[23].contains("Esc: back"))
    }

    @Test func biggerScreensCentreTheCode() throws {
        let frame = Kiosk.view(Journey.myPass(width: 120, height: 40))
        let top = (40 - 23) / 2, left = (120 - 45 - 4 - 31) / 2
        let scan = try FrameQR.parse(frame)
        #expect(scan.region == Rect(x: left, y: top, width: 45, height: 23))
        #expect(scan.matrix == (try QREncoder.encodeAlphanumeric(Fixture.passText)))
        #expect(frame[left, top].background == .palette(231))
    }

    @Test func asciiModeOnASmallScreenExplainsInsteadOfDrawing() {
        let text = Kiosk.view(Journey.myPass(settings: Fixture.asciiSettings)).text
        #expect(text.contains("This screen is too small to show the code."))
        #expect(!text.contains("##"))
    }

    @Test func asciiModeOnABigScreenDrawsTwoColumnModules() {
        let frame = Kiosk.view(Journey.myPass(width: 130, height: 48, settings: Fixture.asciiSettings))
        let hashes = frame.cells.filter { $0.grapheme == "#" }
        #expect(!hashes.isEmpty)
        #expect(hashes.allSatisfy { $0.foreground == .palette(16) && $0.background == .palette(231) })
    }
}
