import QRCode
import ScreenTestSupport
import Testing

/// Reads the half-block QR code off a screen the way a phone would: crops the block glyphs out of the
/// rows, rebuilds the modules, renders a PGM, and has the real scanner (`zbarimg`) decode it.
enum ScreenQR {
    static let blocks: Set<Character> = ["█", "▀", "▄"]

    /// The text of the one QR code on `screen`.
    static func decode(_ screen: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let rows = screen.map(Array.init).filter { $0.contains { blocks.contains($0) } }
        let left = rows.compactMap { $0.firstIndex { blocks.contains($0) } }.min() ?? 0
        let cropped = rows.map { row in String(row.dropFirst(left).map { blocks.contains($0) ? $0 : " " }) }
        return try ZBarScanner.scan(QRImage.pgm(try QRMatrix(halfBlockLines: cropped)), sourceLocation: sourceLocation)
    }
}
