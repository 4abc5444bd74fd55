import Foundation
import Testing

/// Runs the real scanner, `zbarimg`, over an image written to a temporary directory.
enum ZBar {
    static let path = "/usr/bin/zbarimg"

    /// The text zbarimg decodes from `image` (PGM bytes), trimmed of surrounding whitespace.
    static func scan(_ image: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(
            FileManager.default.isExecutableFile(atPath: path),
            "zbarimg not found at \(path): apt-get install zbar-tools",
            sourceLocation: sourceLocation)

        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("qrcode-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("code.pgm")
        try Data(image).write(to: file)

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
