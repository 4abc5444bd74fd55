import Foundation
import Testing

/// Whole-screen text snapshots kept as files beside the tests: `RECORD_SNAPSHOTS=1` writes them instead
/// of comparing; without it a missing file or a difference fails the test at the caller's line.
public enum TextSnapshots {
    /// Compares `actual` with the file `url` (or records it there).
    public static func expect(_ actual: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        let name = url.deletingPathExtension().lastPathComponent
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
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
