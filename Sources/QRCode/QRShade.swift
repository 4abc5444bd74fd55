/// The two colours a QR code is drawn in: a dark module or a light one.
public enum QRShade: Equatable, Sendable {
    /// A dark module (black on a terminal).
    case dark
    /// A light module or the quiet zone (white on a terminal).
    case light

    /// True for `.dark`.
    public var isDark: Bool { self == .dark }

    /// `.dark` for true, `.light` for false.
    public init(dark: Bool) { self = dark ? .dark : .light }
}
