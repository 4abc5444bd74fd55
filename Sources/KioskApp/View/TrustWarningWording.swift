import Foundation
import IdentityCore
import Screen

/// Trust and clock warnings in the operator's words, with what to do about each, from the string catalogs
/// (`desk.trust.*`), in the screen's language.
enum TrustWarningWording {
    /// One line per warning, at most `width` columns (shorter wording when the long one does not fit).
    static func line(_ warning: TrustWarning, _ state: KioskState, width: Int) -> String {
        let variants = Self.variants(warning, state)
        return variants.first { DisplayWidth.of($0) <= width } ?? DisplayWidth.prefix(variants.last ?? "", fittingIn: max(0, width))
    }

    /// The wordings of `warning`, longest first.
    static func variants(_ warning: TrustWarning, _ state: KioskState) -> [String] {
        func text(_ key: String, _ values: [String: String] = [:]) -> String {
            state.text(key, values)
        }
        func day(_ instant: Date) -> String {
            state.date(CalendarDate(pakistanDayOf: instant))
        }
        switch warning {
        case .noBundle:
            return [text("desk.trust.noBundle"), text("desk.trust.noBundle.short")]
        case .notBelieved:
            return [text("desk.trust.notBelieved"), text("desk.trust.notBelieved.short")]
        case .expiringSoon(let expiresAt):
            let days = max(0, Int((expiresAt.timeIntervalSince(state.now) / 86_400).rounded(.up)))
            if days <= 1 {
                return [text("desk.trust.expiresWithinDay", ["date": day(expiresAt)]), text("desk.trust.expiresWithinDay.short")]
            }
            return [text("desk.trust.expiresInDays", ["days": String(days), "date": day(expiresAt)]),
                    text("desk.trust.expiresInDays.short", ["days": String(days)])]
        case .expired(let since):
            return [text("desk.trust.expired", ["date": day(since)]), text("desk.trust.expired.short")]
        case .clockOff(let seconds):
            let off = TimeInterval(abs(seconds))
            let amount = state.duration(off)
            return [text(seconds > 0 ? "desk.trust.clockAhead" : "desk.trust.clockBehind", ["amount": amount]),
                    text("desk.trust.clockOff.short", ["amount": amount])]
        }
    }
}
