import ScreenTestSupport
import Testing

/// Runs the real scanner, `zbarimg` (see `ZBarScanner`).
enum ZBar {
    /// The text zbarimg decodes from `image` (PGM bytes).
    static func scan(_ image: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try ZBarScanner.scan(image, sourceLocation: sourceLocation)
    }
}
