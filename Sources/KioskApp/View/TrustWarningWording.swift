import Foundation
import IdentityCore
import Screen

/// Trust and clock warnings in the operator's words, with what to do about each.
enum TrustWarningWording {
    /// One line per warning, at most `width` columns (shorter wording when the long one does not fit).
    static func line(_ warning: TrustWarning, now: Date, width: Int) -> String {
        let variants = Self.variants(warning, now: now)
        return variants.first { DisplayWidth.of($0) <= width } ?? DisplayWidth.prefix(variants.last ?? "", fittingIn: max(0, width))
    }

    static func variants(_ warning: TrustWarning, now: Date) -> [String] {
        switch warning {
        case .noBundle:
            return ["No trust list yet: passes cannot be checked until the first sync", "No trust list yet"]
        case .notBelieved:
            return ["Trust list not believed: sync to fetch it again", "Trust list not believed"]
        case .expiringSoon(let expiresAt):
            let days = max(0, Int((expiresAt.timeIntervalSince(now) / 86_400).rounded(.up)))
            let when = days <= 1 ? "within a day" : "in \(days) days"
            return ["Trust list expires \(when) (\(CalendarDate(pakistanDayOf: expiresAt).display)): ask the province", "Trust list expires \(when)"]
        case .expired(let since):
            return ["Trust list EXPIRED since \(CalendarDate(pakistanDayOf: since).display): still checked; ask the province", "Trust list EXPIRED"]
        case .clockOff(let seconds):
            let direction = seconds > 0 ? "ahead of" : "behind"
            let amount = ConnectionBadgeView.duration(TimeInterval(abs(seconds)))
            return ["Clock off by \(amount) (\(direction) the central): set the time", "Clock off by \(amount)"]
        }
    }
}

