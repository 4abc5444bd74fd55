import Foundation
import SyncProtocol

/// Turns a 401's body into words for the kiosk's status line, badge and log: the central's reason and,
/// when the central sent its time and the two clocks differ by more than a minute, "clock off by 7 min".
public enum ClockOffset {
    public static func words(answer: SyncErrorResponse?, localNow: Date) -> String {
        let reason = answer?.error ?? "the request was not accepted"
        guard let central = answer?.centralTimeMillis else { return reason }
        let offset = Int64((localNow.timeIntervalSince1970 * 1000).rounded(.down)) - central
        guard abs(offset) >= 60_000 else { return reason }
        let direction = offset > 0 ? "ahead" : "behind"
        return "clock off by \(amount(abs(offset) / 1000)) (this kiosk is \(direction) of the central): \(reason)"
    }

    /// `7 min`, `2 h 5 min`.
    static func amount(_ seconds: Int64) -> String {
        let minutes = (seconds + 30) / 60
        return minutes < 120 ? "\(minutes) min" : "\(minutes / 60) h \(minutes % 60) min"
    }
}
