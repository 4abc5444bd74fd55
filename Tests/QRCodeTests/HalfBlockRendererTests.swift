import Testing
import QRCode

@Suite struct HalfBlockRendererTests {
    @Test func tinyMatrixWithoutQuietZone() {
        let grid = HalfBlockRenderer(quietZone: 0).render(TinyMatrix.matrix)
        #expect(grid.textLines == ["▀▄█", "▀  "])
    }

    @Test func tinyMatrixWithQuietZoneOfOne() {
        let grid = HalfBlockRenderer(quietZone: 1).render(TinyMatrix.matrix)
        #expect(grid.textLines == [" ▄ ▄ ", " ▄▀▀ ", "     "])
    }

    @Test func everyCellIsForcedDarkOnLight() throws {
        let grid = HalfBlockRenderer().render(try QREncoder.encodeAlphanumeric("KP:TEST"))
        #expect(grid.rows.allSatisfy { $0.allSatisfy(\.forcedDarkOnLight) })
    }

    @Test func version5WithQuietZoneIs45By23() throws {
        let matrix = try QREncoder.encodeAlphanumeric(SampleTexts.pass(payloadCount: 119))
        let grid = HalfBlockRenderer().render(matrix)
        #expect(grid.width == 45)
        #expect(grid.height == 23)
        #expect(grid.rows.allSatisfy { $0.count == 45 })
    }

    @Test func quietZoneIsLightOnEverySide() throws {
        let matrix = try QREncoder.encodeAlphanumeric(SampleTexts.pass(payloadCount: 119))
        let lines = HalfBlockRenderer().render(matrix).textLines.map(Array.init)
        let blank = String(repeating: " ", count: 45)
        #expect(String(lines[0]) == blank && String(lines[1]) == blank)
        #expect(lines.allSatisfy { $0[0..<4].allSatisfy { $0 == " " } })
        #expect(lines.allSatisfy { $0[41..<45].allSatisfy { $0 == " " } })
        // Rows 21-22: modules 42...45 (the last half is padding) are all quiet zone.
        #expect(String(lines[21]) == blank && String(lines[22]) == blank)
        // The symbol itself starts right after the quiet zone: top-left finder corner.
        #expect(lines[2][4] == "█")
    }

    @Test func customQuietZoneChangesTheSize() throws {
        let matrix = try QREncoder.encodeAlphanumeric("KP:TEST")  // version 1, 21 modules
        let grid = HalfBlockRenderer(quietZone: 2).render(matrix)
        #expect(grid.width == 25)
        #expect(grid.height == 13)
    }
}
