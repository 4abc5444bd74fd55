import Foundation

/// The default windows of a new pass issuer key: it signs for a year, and its passes are believed for
/// 61 months after that (the longest a pass may be valid, plus a month), so a rotated-out key stays
/// verify-only until the last pass it signed has expired.
enum IssuerWindow {
    /// A year from `now`.
    static func signUntil(from now: Date) -> Date { now.addingTimeInterval(365 * 86_400) }

    /// 61 months after `signUntil`.
    static func verifyUntil(after signUntil: Date) -> Date {
        Calendar(identifier: .gregorian).date(byAdding: .month, value: 61, to: signUntil) ?? signUntil
    }
}
