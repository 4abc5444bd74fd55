import Foundation
import QRCode

/// A `capture-pane -e` screen parsed into cells with their colours, so a test can find the QR code
/// by its forced black and white backgrounds and read its modules from glyphs and colours.
struct CapturedScreen {
    struct Cell {
        var character: Character
        var foreground: Int?   // 256-palette index (basic colours mapped to 0–15); nil = default
        var background: Int?
        var reverse = false    // SGR 7 (reverse video) in force
    }

    let rows: [[Cell]]

    /// tmux writes a colour only where it changes, so the colours in force carry over from line to line.
    init(lines: [String]) {
        var foreground: Int?, background: Int?, reverse = false
        rows = lines.map { CapturedScreen.parse($0, foreground: &foreground, background: &background, reverse: &reverse) }
    }

    /// Parses SGR sequences (the only escapes capture-pane emits) and keeps the characters.
    static func parse(_ line: String, foreground: inout Int?, background: inout Int?, reverse: inout Bool) -> [Cell] {
        var cells: [Cell] = []
        var scalars = Array(line.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}", scalars.first == "[" {
                scalars.removeFirst()
                var parameters = ""
                while let next = scalars.popFirst(), next != "m" { parameters.unicodeScalars.append(next) }
                var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
                if codes.isEmpty { codes = [0] }
                while let code = codes.popFirst() {
                    switch code {
                    case 0: foreground = nil; background = nil; reverse = false
                    case 7: reverse = true
                    case 27: reverse = false
                    case 30...37: foreground = code - 30
                    case 90...97: foreground = code - 90 + 8
                    case 39: foreground = nil
                    case 40...47: background = code - 40
                    case 100...107: background = code - 100 + 8
                    case 49: background = nil
                    case 38, 48:
                        if codes.first == 5 {
                            codes.removeFirst()
                            let index = codes.popFirst()
                            if code == 38 { foreground = index } else { background = index }
                        }
                    default: break
                    }
                }
                continue
            }
            cells.append(Cell(character: Character(scalar), foreground: foreground, background: background, reverse: reverse))
        }
        return cells
    }

    /// White in the 256 palette (231) or the basic/bright white (7, 15).
    static func isWhite(_ colour: Int?) -> Bool { colour == 231 || colour == 7 || colour == 15 }
    /// Black in the 256 palette (16) or basic black (0).
    static func isBlack(_ colour: Int?) -> Bool { colour == 16 || colour == 0 }

    /// The bounding box of the cells drawn on a forced black or white background: where the QR code
    /// (with its quiet zone) is.
    var blackAndWhiteRegion: (top: Int, left: Int, bottom: Int, right: Int)? {
        var top = Int.max, left = Int.max, bottom = -1, right = -1
        for (y, row) in rows.enumerated() {
            for (x, cell) in row.enumerated() where CapturedScreen.isWhite(cell.background) || CapturedScreen.isBlack(cell.background) {
                top = min(top, y); left = min(left, x); bottom = max(bottom, y); right = max(right, x)
            }
        }
        return bottom >= 0 ? (top, left, bottom, right) : nil
    }

    /// The cells of a rectangle as QR cells (missing cells as light blanks), for `HalfBlockParser.parse(cells:)`.
    func qrCells(top: Int, left: Int, bottom: Int, right: Int) -> [[QRCell]] {
        (top...bottom).map { y in
            (left...right).map { x in
                guard rows.indices.contains(y), rows[y].indices.contains(x) else { return QRCell(glyph: " ", ink: .light, paper: .light) }
                let cell = rows[y][x]
                return QRCell(glyph: cell.character, ink: Self.shade(cell.foreground), paper: Self.shade(cell.background))
            }
        }
    }

    private static func shade(_ colour: Int?) -> QRShade { isBlack(colour) ? .dark : .light }

    /// Every cell in the rectangle is on a forced black or white background, and every glyph that is not
    /// a blank is drawn black or white too (a blank's foreground is invisible).
    func isBlackAndWhite(top: Int, left: Int, bottom: Int, right: Int) -> Bool {
        (top...bottom).allSatisfy { y in
            (left...right).allSatisfy { x in
                guard rows.indices.contains(y), rows[y].indices.contains(x) else { return false }
                let cell = rows[y][x]
                let forced = { (colour: Int?) in CapturedScreen.isWhite(colour) || CapturedScreen.isBlack(colour) }
                return forced(cell.background) && (cell.character == " " || forced(cell.foreground))
            }
        }
    }
}
