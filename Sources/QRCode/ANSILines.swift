extension QRCellGrid {
    /// Printable lines: each cell's forced colours (written only where they change), each line ending in a reset.
    public func ansiLines(colors: ANSIColorMode = .palette256) -> [String] {
        rows.map { row in
            var line = ""
            var current: (ink: QRShade, paper: QRShade)?
            for cell in row {
                if current?.ink != cell.ink || current?.paper != cell.paper {
                    line += colors.colors(ink: cell.ink, paper: cell.paper)
                    current = (cell.ink, cell.paper)
                }
                line.append(cell.glyph)
            }
            return line + ANSIColorMode.reset
        }
    }
}
