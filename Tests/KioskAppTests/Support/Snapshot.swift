import Foundation
import Screen
import ScreenTestSupport
import Testing

/// Whole-screen text snapshots in Tests/KioskAppTests/Snapshots/<name>.txt (trailing spaces trimmed);
/// see `TextSnapshots` for recording.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    /// The text a frame is stored as.
    static func text(of frame: Frame) -> String { frame.trimmedLines.joined(separator: "\n") + "\n" }

    /// Compares `frame` with the stored snapshot `name` (or records it).
    static func expect(_ frame: Frame, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        TextSnapshots.expect(text(of: frame), matches: directory.appendingPathComponent(name + ".txt"), sourceLocation: sourceLocation)
    }
}
