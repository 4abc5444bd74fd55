extension QRCellGrid {
    /// Printable lines: forced cells wrapped in black-on-white SGR codes, each line ending in a reset.
    public func ansiLines(colors: ANSIColorMode = .palette256) -> [String] {
        rows.map { row in
            var line = ""
            var forced = false
            for cell in row {
                if cell.forcedDarkOnLight != forced {
                    line += cell.forcedDarkOnLight ? colors.darkOnLight : ANSIColorMode.reset
                    forced = cell.forcedDarkOnLight
                }
                line.append(cell.glyph)
            }
            return line + ANSIColorMode.reset
        }
    }
}
