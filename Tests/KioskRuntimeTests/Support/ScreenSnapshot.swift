import Foundation
import ScreenTestSupport
import Testing

/// Whole-screen text snapshots in Tests/KioskRuntimeTests/Screens/<name>.txt (trailing spaces trimmed);
/// see `TextSnapshots` for recording.
enum ScreenSnapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Screens")

    /// Compares the screen rows with the stored snapshot `name` (or records it).
    static func expect(_ rows: [String], matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        TextSnapshots.expect(rows.joined(separator: "\n") + "\n", matches: directory.appendingPathComponent(name + ".txt"), sourceLocation: sourceLocation)
    }
}
