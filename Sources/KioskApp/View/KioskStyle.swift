import QRCode
import Screen

/// The few styles the kiosk uses: colour sparingly, bold for what matters, reverse for the choice.
enum KioskStyle {
    /// Titles and greetings.
    static let title = Style(attributes: [.bold])
    /// Messages that need attention (wrong PIN, invalid CNIC).
    static let attention = Style(attributes: [.bold])
    /// The highlighted menu entry and the field's next slot.
    static let highlight = Style(attributes: [.reverse])
    /// Small print (kiosk id, error detail).
    static let quiet = Style(attributes: [.dim])
    /// QR cells: black (palette 16) on white (palette 231) whatever the terminal theme; an 8-colour
    /// terminal maps them to black and white.

    /// A QR cell's forced colours: black is palette 16, white palette 231, for the glyph (ink) and behind it (paper).
    static func qr(ink: QRShade, paper: QRShade) -> Style {
        Style(foreground: qrColor(ink), background: qrColor(paper))
    }

    private static func qrColor(_ shade: QRShade) -> Color { shade.isDark ? .palette(16) : .palette(231) }
}
