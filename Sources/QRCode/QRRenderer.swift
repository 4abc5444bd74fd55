/// Turns a QR symbol into terminal cells, quiet zone included.
public protocol QRRenderer: Sendable {
    /// Light modules drawn around the symbol on every side.
    var quietZone: Int { get }

    /// The cells showing `matrix` surrounded by the quiet zone.
    func render(_ matrix: QRMatrix) -> QRCellGrid
}
