/// Light modules found around a symbol on each side within the text that was parsed.
public struct QRMargins: Equatable, Sendable {
    /// Light modules above the symbol.
    public let top: Int
    /// Light modules left of the symbol.
    public let left: Int
    /// Light modules below the symbol (a half-block renderer's padding half-row counts).
    public let bottom: Int
    /// Light modules right of the symbol, up to the longest line (trimmed trailing spaces are lost).
    public let right: Int

    /// Makes margins from the four sides.
    public init(top: Int, left: Int, bottom: Int, right: Int) {
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
    }

    /// The narrowest side.
    public var minimum: Int { min(top, left, bottom, right) }
}
