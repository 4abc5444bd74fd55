import Testing
import QRCode

@Suite struct HalfBlockRendererTests {
    /// `d`/`l` for dark/light, one letter per module, top over bottom: "dl" is a dark top, light bottom.
    private func modules(_ grid: QRCellGrid) -> [[String]] {
        grid.rows.map { row in
            row.map { cell in
                let modules = cell.halfBlockModules
                return (modules.top.isDark ? "d" : "l") + (modules.bottom.isDark ? "d" : "l")
            }
        }
    }

    @Test func tinyMatrixWithoutQuietZone() {
        let grid = HalfBlockRenderer(quietZone: 0).render(TinyMatrix.matrix)
        #expect(grid.textLines == ["▄▄ ", "▄  "])
        #expect(modules(grid) == [["dl", "ld", "dd"], ["dl", "ll", "ll"]])
    }

    @Test func matchingModulesAreABlankOnTheModulesColour() {
        let grid = HalfBlockRenderer(quietZone: 0).render(TinyMatrix.matrix)
        #expect(grid.rows[0][2] == QRCell(glyph: " ", ink: .dark, paper: .dark))
        #expect(grid.rows[1][1] == QRCell(glyph: " ", ink: .light, paper: .light))
    }

    @Test func mixedCellsAreALowerHalfOnTheTopModulesColour() {
        // A glyph that stops short of the top of its cell uncovers the background: the top module's colour.
        let grid = HalfBlockRenderer(quietZone: 0).render(TinyMatrix.matrix)
        #expect(grid.rows[0][0] == QRCell(glyph: "▄", ink: .light, paper: .dark))
        #expect(grid.rows[0][1] == QRCell(glyph: "▄", ink: .dark, paper: .light))
    }

    @Test func noCellNeedsAFullBlockOrAnUpperHalf() throws {
        let grid = HalfBlockRenderer().render(try QREncoder.encodeAlphanumeric(SampleTexts.pass(payloadCount: 119)))
        let glyphs = Set(grid.rows.flatMap { $0.map(\.glyph) })
        #expect(glyphs == [" ", "▄"])
        #expect(grid.rows.allSatisfy { $0.allSatisfy { $0.glyph == "▄" ? $0.ink != $0.paper : $0.ink == $0.paper } })
    }

    @Test func tinyMatrixWithQuietZoneOfOne() {
        let grid = HalfBlockRenderer(quietZone: 1).render(TinyMatrix.matrix)
        #expect(modules(grid) == [
            ["ll", "ld", "ll", "ld", "ll"],
            ["ll", "ld", "dl", "dl", "ll"],
            ["ll", "ll", "ll", "ll", "ll"],
        ])
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
        let grid = HalfBlockRenderer().render(matrix)
        let light = QRCell(glyph: " ", ink: .light, paper: .light)
        let rows = grid.rows
        #expect(rows[0].allSatisfy { $0 == light } && rows[1].allSatisfy { $0 == light })
        #expect(rows.allSatisfy { $0[0..<4].allSatisfy { $0 == light } })
        #expect(rows.allSatisfy { $0[41..<45].allSatisfy { $0 == light } })
        // Rows 21-22: modules 42...45 (the last half is padding) are all quiet zone.
        #expect(rows[21].allSatisfy { $0 == light } && rows[22].allSatisfy { $0 == light })
        // The symbol itself starts right after the quiet zone: top-left finder corner, dark over dark.
        #expect(rows[2][4] == QRCell(glyph: " ", ink: .dark, paper: .dark))
    }

    @Test func customQuietZoneChangesTheSize() throws {
        let matrix = try QREncoder.encodeAlphanumeric("KP:TEST")  // version 1, 21 modules
        let grid = HalfBlockRenderer(quietZone: 2).render(matrix)
        #expect(grid.width == 25)
        #expect(grid.height == 13)
    }
}
