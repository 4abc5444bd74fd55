/// Raster images of a QR symbol, for scanners such as zbarimg.
public enum QRImage {
    /// Binary PGM (P5, maxval 255): dark modules 0, light 255, `scale` pixels per module,
    /// `quietZone` light modules on every side.
    public static func pgm(_ matrix: QRMatrix, scale: Int = 4, quietZone: Int = 4) -> [UInt8] {
        precondition(scale > 0 && quietZone >= 0, "scale must be positive and quiet zone not negative")
        let side = (matrix.size + 2 * quietZone) * scale
        var image = Array("P5\n\(side) \(side)\n255\n".utf8)
        image.reserveCapacity(image.count + side * side)
        for y in 0..<side {
            let row = y / scale - quietZone
            for x in 0..<side {
                image.append(matrix.isDark(row: row, col: x / scale - quietZone) ? 0 : 255)
            }
        }
        return image
    }
}
