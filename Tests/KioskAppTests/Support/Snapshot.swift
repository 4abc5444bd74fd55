import Foundation
import Screen
import Testing

/// Whole-screen text snapshots in Tests/KioskAppTests/Snapshots/<name>.txt (trailing spaces trimmed).
/// `RECORD_SNAPSHOTS=1` writes them instead of comparing; without it a difference fails the test.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    /// The text a frame is stored as.
    static func text(of frame: Frame) -> String { frame.trimmedLines.joined(separator: "\n") + "\n" }

    /// Compares `frame` with the stored snapshot `name` (or records it).
    static func expect(_ frame: Frame, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = text(of: frame)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No snapshot \(name).txt; run with RECORD_SNAPSHOTS=1. Actual:\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "snapshot \(name) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}
