import Testing
import QRCode

@Suite struct ANSILinesTests {
    private let grid = HalfBlockRenderer(quietZone: 0).render(TinyMatrix.matrix)

    @Test func palette256ForcesBlackOnWhiteAndResetsEachLine() {
        let lines = grid.ansiLines()
        #expect(lines == [
            "\u{1B}[38;5;16m\u{1B}[48;5;231m▀▄█\u{1B}[0m",
            "\u{1B}[38;5;16m\u{1B}[48;5;231m▀  \u{1B}[0m",
        ])
    }

    @Test func basic8UsesCodes30And47() {
        let lines = grid.ansiLines(colors: .basic8)
        #expect(lines.first == "\u{1B}[30;47m▀▄█\u{1B}[0m")
        #expect(lines.count == grid.height)
    }

    @Test func unforcedCellsGetTheTerminalsColours() {
        let mixed = QRCellGrid(rows: [[
            QRCell(glyph: "█"), QRCell(glyph: "x", forcedDarkOnLight: false), QRCell(glyph: "▀"),
        ]])
        let forced = ANSIColorMode.basic8.darkOnLight
        #expect(mixed.ansiLines(colors: .basic8) == ["\(forced)█\u{1B}[0mx\(forced)▀\u{1B}[0m"])
    }
}
