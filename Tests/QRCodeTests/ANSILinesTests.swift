import Testing
import QRCode

@Suite struct ANSILinesTests {
    private let grid = HalfBlockRenderer(quietZone: 0).render(TinyMatrix.matrix)

    @Test func palette256WritesEachCellsColoursWhereTheyChangeAndResetsEachLine() {
        let lines = grid.ansiLines()
        let lightOnDark = "\u{1B}[38;5;231m\u{1B}[48;5;16m"
        let darkOnLight = "\u{1B}[38;5;16m\u{1B}[48;5;231m"
        let dark = "\u{1B}[38;5;16m\u{1B}[48;5;16m"
        let light = "\u{1B}[38;5;231m\u{1B}[48;5;231m"
        #expect(lines == [
            "\(lightOnDark)▄\(darkOnLight)▄\(dark) \u{1B}[0m",
            "\(lightOnDark)▄\(light)  \u{1B}[0m",
        ])
    }

    @Test func basic8UsesBlackAndWhite() {
        let lines = grid.ansiLines(colors: .basic8)
        #expect(lines.first == "\u{1B}[37;40m▄\u{1B}[30;47m▄\u{1B}[30;40m \u{1B}[0m")
        #expect(lines.count == grid.height)
        #expect(ANSIColorMode.basic8.darkOnLight == "\u{1B}[30;47m")
    }

    @Test func theLinesReadBackToTheSameModules() throws {
        for colors in ANSIColorMode.allCases {
            #expect(try HalfBlockParser.moduleRows(grid.ansiLines(colors: colors)).prefix(3) == [
                [true, false, true], [false, true, true], [true, false, false],
            ])
        }
    }
}
