import Foundation
import TextSafety

/// What the command-line tools print: unbuffered lines, terminal-safe text and the one JSON style.
public enum Output {
    /// Writes a line to stdout without buffering (a line a test or a supervisor waits for must not sit in a buffer).
    public static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Text from data (names, ids, reasons) with every escape sequence and control character removed.
    public static func safe(_ text: String) -> String {
        TextSanitizer.forTerminal(text)
    }

    /// JSON the way every `--json` prints it: sorted keys, pretty, slashes unescaped. The data stays exact
    /// and the text stays safe on a terminal: the encoder escapes C0 controls, and this escapes what it
    /// leaves raw — DEL, C1 controls (U+009B is a CSI), line/paragraph separators and bidi controls.
    public static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            // Only inside strings can such a scalar appear (JSON's own syntax is ASCII), where `\uXXXX` means it.
            case 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                escaped.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            default:
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
