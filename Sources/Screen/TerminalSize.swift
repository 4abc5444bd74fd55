/// The size of a terminal or a frame, in character cells (columns × rows).
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// A size of `width` columns and `height` rows; negative values are treated as zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// "80×24".
    public var description: String { "\(width)×\(height)" }
}
