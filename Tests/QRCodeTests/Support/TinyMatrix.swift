import QRCode

/// A hand-made 3 × 3 matrix whose renderings are easy to write out by hand.
///
///     # . #
///     . # #
///     # . .
enum TinyMatrix {
    static let matrix = QRMatrix(rows: [
        [true, false, true],
        [false, true, true],
        [true, false, false],
    ])
}
