/// A square QR symbol as modules (`true` = dark), without quiet zone, plus what is known of how it was made.
public struct QRMatrix: Equatable, Sendable {
    /// Modules per side (4 × version + 17 for a real symbol).
    public let size: Int
    /// Symbol version 1...40, or `nil` when the size is not that of a QR symbol.
    public let version: Int?
    /// Error-correction level, or `nil` when unknown.
    public let errorCorrection: QRErrorCorrectionLevel?
    /// Row-major modules, `size × size`.
    private let modules: [Bool]

    /// Makes a matrix from row-major modules; `modules.count` must be `size * size`.
    public init(size: Int, modules: [Bool], version: Int? = nil, errorCorrection: QRErrorCorrectionLevel? = nil) {
        precondition(size >= 0 && modules.count == size * size, "QRMatrix needs size × size modules")
        self.size = size
        self.modules = modules
        self.version = version
        self.errorCorrection = errorCorrection
    }

    /// Makes a matrix from rows of modules; every row must be as long as there are rows.
    public init(rows: [[Bool]], version: Int? = nil, errorCorrection: QRErrorCorrectionLevel? = nil) {
        precondition(rows.allSatisfy { $0.count == rows.count }, "QRMatrix rows must form a square")
        self.init(size: rows.count, modules: rows.flatMap { $0 }, version: version, errorCorrection: errorCorrection)
    }

    /// Whether the module at `row`, `col` (both 0-based, inside the symbol) is dark.
    public subscript(_ row: Int, _ col: Int) -> Bool {
        precondition(row >= 0 && row < size && col >= 0 && col < size, "QRMatrix index out of range")
        return modules[row * size + col]
    }

    /// Whether the module is dark, treating everything outside the symbol (the quiet zone) as light.
    public func isDark(row: Int, col: Int) -> Bool {
        guard row >= 0, row < size, col >= 0, col < size else { return false }
        return modules[row * size + col]
    }

    /// The version whose symbol is `size` modules wide, if any.
    public static func version(forSize size: Int) -> Int? {
        guard size >= 21, (size - 17) % 4 == 0 else { return nil }
        let version = (size - 17) / 4
        return (1...40).contains(version) ? version : nil
    }
}
