import Foundation

/// A one-line progress bar on standard error, drawn only when it is a terminal and at most ~10 times a second.
final class ProgressBar {
    private let label: String
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastDraw = Date.distantPast
    private let started = Date()

    init(label: String) { self.label = label }

    /// Redraws for `done` of `total`.
    func update(done: Int, total: Int) {
        guard isTerminal, total > 0 else { return }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let width = 30
        let fraction = min(1, Double(done) / Double(total))
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let elapsed = now.timeIntervalSince(started)
        let line = String(format: "\r%@ %@ %3.0f%%  %d/%d  %.1fs", label, bar, fraction * 100, done, total, elapsed)
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the line.
    func finish() {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
