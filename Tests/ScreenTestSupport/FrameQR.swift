import QRCode
import Screen
import Testing

/// Reads the QR code off a drawn `Frame` the way a phone would: by the colours of its cells. The code is
/// where the background is forced black (palette 16) or white (palette 231); each cell's glyph with its
/// foreground and background gives its two modules.
public enum FrameQR {
    /// The bounding box of the cells on a forced black or white background, or nil when there are none.
    public static func codeRegion(_ frame: Frame) -> Rect? {
        var top = Int.max, left = Int.max, bottom = -1, right = -1
        for y in 0..<frame.height {
            for x in 0..<frame.width where shade(frame[x, y].background) != nil {
                top = min(top, y); left = min(left, x); bottom = max(bottom, y); right = max(right, x)
            }
        }
        return bottom >= 0 ? Rect(x: left, y: top, width: right - left + 1, height: bottom - top + 1) : nil
    }

    /// The cells of `rect` as QR cells; a colour that is neither forced black nor white reads as the
    /// classic default (dark ink, light paper).
    public static func cells(_ frame: Frame, in rect: Rect) -> [[QRCell]] {
        (rect.y..<(rect.y + rect.height)).map { y in
            (rect.x..<(rect.x + rect.width)).map { x in
                let cell = frame[x, y]
                return QRCell(glyph: cell.grapheme, ink: shade(cell.foreground) ?? .dark, paper: shade(cell.background) ?? .light)
            }
        }
    }

    /// The symbol and its margins in `rect` (or in the forced-colour region when nil).
    public static func parse(_ frame: Frame, in rect: Rect? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> (matrix: QRMatrix, margins: QRMargins, region: Rect)
    {
        let region = try #require(rect ?? codeRegion(frame), "no QR code on the frame", sourceLocation: sourceLocation)
        let scan = try HalfBlockParser.parse(cells: cells(frame, in: region))
        return (scan.matrix, scan.margins, region)
    }

    /// The text zbarimg decodes from the code on `frame`.
    public static func decode(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let scan = try parse(frame, sourceLocation: sourceLocation)
        return try ZBarScanner.scan(QRImage.pgm(scan.matrix), sourceLocation: sourceLocation)
    }

    /// Black (palette 16, ANSI 0) is dark, white (palette 231, ANSI 7 and 15) light; anything else nil.
    public static func shade(_ color: Color) -> QRShade? {
        switch color {
        case .palette(16), .palette(0), .black: .dark
        case .palette(231), .palette(15), .palette(7), .white: .light
        default: nil
        }
    }
}
