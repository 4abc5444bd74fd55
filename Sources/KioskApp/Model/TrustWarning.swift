import Foundation

/// What an operator must be told about the kiosk's trust in the province and its clock: the trust bundle
/// is missing, not believed, about to expire or expired (passes are still checked — graded, never a cliff),
/// or the central refused the kiosk's signed requests because the two clocks differ. Pure data.
public enum TrustWarning: Equatable, Sendable {
    /// No trust bundle held yet: passes cannot be verified or issued until the first sync.
    case noBundle
    /// The stored bundle no longer verifies against the pinned root (a changed file): sync to fetch it again.
    case notBelieved
    /// The bundle expires within the warning window.
    case expiringSoon(expiresAt: Date)
    /// The bundle is past its expiry; it is still used.
    case expired(since: Date)
    /// The central's clock and this kiosk's differ by `seconds` (positive: the kiosk is ahead).
    case clockOff(seconds: Int64)
}
