import Testing
import QRCode

@Suite struct ASCIIRendererTests {
    @Test func tinyMatrixWithQuietZoneOfOne() {
        let grid = ASCIIRenderer(quietZone: 1).render(TinyMatrix.matrix)
        #expect(grid.textLines == [
            "          ",
            "  ##  ##  ",
            "    ####  ",
            "  ##      ",
            "          ",
        ])
        #expect(grid.rows.allSatisfy { $0.allSatisfy { $0.ink == .dark && $0.paper == .light } })
    }

    @Test func version5IsTwoColumnsPerModule() throws {
        let matrix = try QREncoder.encodeAlphanumeric(SampleTexts.pass(payloadCount: 119))
        let grid = ASCIIRenderer().render(matrix)
        #expect(grid.width == 90)
        #expect(grid.height == 45)
        #expect(grid.textLines[4].hasPrefix("        ##############"))
    }
}
