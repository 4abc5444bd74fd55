import Foundation
import Testing

/// The real scanner, `zbarimg`, run over an image written to a temporary file.
public enum ZBarScanner {
    /// Where Debian's zbar-tools puts it.
    public static let path = "/usr/bin/zbarimg"

    /// The text zbarimg decodes from `image` (PGM bytes), trimmed of surrounding whitespace.
    public static func scan(_ image: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(
            FileManager.default.isExecutableFile(atPath: path),
            "zbarimg not found at \(path): apt-get install zbar-tools",
            sourceLocation: sourceLocation)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zbar-\(UUID().uuidString).pgm")
        try Data(image).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--raw", "-q", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "zbarimg found no code", sourceLocation: sourceLocation)
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
