import Foundation
import Testing

/// Whole-screen text snapshots in Tests/KioskRuntimeTests/Screens/<name>.txt (trailing spaces trimmed).
/// `RECORD_SNAPSHOTS=1` writes them instead of comparing; without it a difference fails the test.
enum ScreenSnapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Screens")

    /// Compares the screen rows with the stored snapshot `name` (or records it).
    static func expect(_ rows: [String], matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = rows.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No screen \(name).txt; run with RECORD_SNAPSHOTS=1. Actual:\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "screen \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}
