import Foundation
import SyncProtocol

/// Turns a 401's body into words for the kiosk's status line, badge and log: the central's reason and,
/// when the central sent its time and the two clocks differ by more than a minute, "clock off by 7 min".
public enum ClockOffset {
    /// Differences smaller than this (ms) are not reported: the central's window is wider.
    public static let reportedFromMillis: Int64 = 60_000

    public static func words(answer: SyncErrorResponse?, localNow: Date) -> String {
        let reason = answer?.error ?? "the request was not accepted"
        guard let offset = millis(answer: answer, localNow: localNow), abs(offset) >= reportedFromMillis else { return reason }
        let direction = offset > 0 ? "ahead" : "behind"
        return "clock off by \(amount(abs(offset) / 1000)) (this kiosk is \(direction) of the central): \(reason)"
    }

    /// This kiosk's clock minus the central's, in ms, when the answer carried the central's time.
    public static func millis(answer: SyncErrorResponse?, localNow: Date) -> Int64? {
        guard let central = answer?.centralTimeMillis else { return nil }
        return Int64((localNow.timeIntervalSince1970 * 1000).rounded(.down)) - central
    }

    /// `7 min`, `2 h 5 min`.
    static func amount(_ seconds: Int64) -> String {
        let minutes = (seconds + 30) / 60
        return minutes < 120 ? "\(minutes) min" : "\(minutes / 60) h \(minutes % 60) min"
    }
}
