import Foundation
import QRCode
import Testing

/// Reads the half-block QR code off a screen the way a phone would: crops the block glyphs out of the
/// rows, rebuilds the modules, renders a PGM, and has the real scanner (`zbarimg`) decode it.
enum ScreenQR {
    static let zbarimg = "/usr/bin/zbarimg"
    static let blocks: Set<Character> = ["█", "▀", "▄"]

    /// The text of the one QR code on `screen`.
    static func decode(_ screen: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(FileManager.default.isExecutableFile(atPath: zbarimg), "apt-get install zbar-tools", sourceLocation: sourceLocation)
        let rows = screen.map(Array.init).filter { $0.contains { blocks.contains($0) } }
        let left = rows.compactMap { $0.firstIndex { blocks.contains($0) } }.min() ?? 0
        let cropped = rows.map { row in String(row.dropFirst(left).map { blocks.contains($0) ? $0 : " " }) }
        let matrix = try QRMatrix(halfBlockLines: cropped)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("screen-qr-\(UUID().uuidString).pgm")
        try Data(QRImage.pgm(matrix)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--raw", "-q", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "zbarimg found no code", sourceLocation: sourceLocation)
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
