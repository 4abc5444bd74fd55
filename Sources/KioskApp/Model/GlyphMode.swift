import Screen

/// Which characters the kiosk may draw: full Unicode, or plain ASCII for terminals and fonts without it.
public enum GlyphMode: String, Equatable, Sendable, CaseIterable {
    /// Box drawing, `●`, `•`, `…` and half-block QR codes.
    case unicode
    /// `+-|`, `*`, `...`; QR codes only with `ASCIIRenderer` (two columns per module).
    case ascii

    /// The glyphs boxes are drawn with.
    public var box: BoxGlyphs { self == .unicode ? .unicode : .ascii }

    /// One hidden PIN or password character: `●` or `*`.
    public var secretDot: Character { self == .unicode ? "●" : "*" }

    /// The character hiding the middle of a masked CNIC: `•` or `*`.
    public var cnicMask: Character { self == .unicode ? "•" : "*" }

    /// `…` or `...`.
    public var ellipsis: String { self == .unicode ? "…" : "..." }

    /// The glyph of a horizontal rule: `─` or `-`.
    public var rule: Character { self == .unicode ? "─" : "-" }

    /// `×` or `x`, as in 80×24.
    public var times: String { self == .unicode ? "×" : "x" }

    /// How the arrow keys are named in key legends.
    public var upDown: String { self == .unicode ? "↑ ↓" : "Up/Down" }

    /// A connection badge: `● Offline` or `(offline)`.
    public func badge(_ text: String) -> String {
        self == .unicode ? "● " + text : "(" + text.lowercased() + ")"
    }
}
