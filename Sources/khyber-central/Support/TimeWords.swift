import CommandLineSupport
import Foundation

/// How the central's tools write instants (Pakistan time: `PakistanTime`).
enum TimeWords {
    /// ISO 8601, UTC, whole seconds (`2026-05-01T09:30:00Z`), as the kiosk's `applications list --json` does.
    static func iso(millis: Int64) -> String {
        Date(timeIntervalSince1970: TimeInterval(millis) / 1000).formatted(Date.ISO8601FormatStyle())
    }

    /// The kiosk's own text (`2026-05-01T09:30:00.123Z`) rewritten like `iso(millis:)`; unchanged when it
    /// does not parse.
    static func iso(kioskText text: String) -> String {
        guard let date = parse(text) else { return text }
        return date.formatted(Date.ISO8601FormatStyle())
    }

    static func pakistanTime(millis: Int64) -> String {
        PakistanTime.minute(Date(timeIntervalSince1970: TimeInterval(millis) / 1000))
    }

    static func pakistanTime(kioskText text: String) -> String {
        parse(text).map(PakistanTime.minute) ?? text
    }

    /// `3.2 s`, `4 min`, `2.5 h`, `3 d`.
    static func duration(millis: Int64) -> String {
        let seconds = Double(max(0, millis)) / 1000
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        if seconds < 3600 { return String(format: "%.0f min", seconds / 60) }
        if seconds < 86_400 { return String(format: "%.1f h", seconds / 3600) }
        return String(format: "%.1f d", seconds / 86_400)
    }

    private static func parse(_ text: String) -> Date? {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
    }
}
