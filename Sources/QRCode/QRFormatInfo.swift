/// Reading a symbol's 15-bit format information (error-correction level and mask).
enum QRFormatInfo {
    /// XOR mask applied to format information so it is never all light.
    static let mask = 0x5412

    /// The level both format copies agree on, or `nil` if they differ or the matrix is too small.
    static func level(of matrix: QRMatrix) -> QRErrorCorrectionLevel? {
        guard matrix.size >= 21 else { return nil }
        let first = read(matrix, positions: firstCopy(size: matrix.size))
        let second = read(matrix, positions: secondCopy(size: matrix.size))
        guard first == second else { return nil }
        return QRErrorCorrectionLevel(formatBits: (first ^ mask) >> 13)
    }

    /// The value whose bit `k` is the module at `positions[k]`.
    private static func read(_ matrix: QRMatrix, positions: [(Int, Int)]) -> Int {
        positions.enumerated().reduce(0) { value, entry in
            value | (matrix[entry.element.0, entry.element.1] ? 1 << entry.offset : 0)
        }
    }

    /// Bits 0...14 around the top-left finder: down column 8 (skipping the timing row), then left along row 8.
    private static func firstCopy(size: Int) -> [(Int, Int)] {
        let down = (0..<8).map { bit in (bit < 6 ? bit : bit + 1, 8) }
        let left = [(8, 7)] + (1..<7).map { bit in (8, 6 - bit) }
        return down + left
    }

    /// Bits 0...14 split between the top-right finder (row 8) and the bottom-left finder (column 8).
    private static func secondCopy(size: Int) -> [(Int, Int)] {
        (0..<8).map { bit in (8, size - 1 - bit) } + (0..<7).map { bit in (size - 7 + bit, 8) }
    }
}
