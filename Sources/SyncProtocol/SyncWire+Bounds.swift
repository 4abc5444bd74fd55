/// The bounds every request stays within, checked by the central before anything reaches a log or the
/// database (a request outside them is a permanent 400), and by the kiosk before it sends.
public enum WireBounds {
    /// At most this many district codes in one pull (the province has a few dozen; codes are 100…999).
    public static let maxDistrictsPerPull = 200
    /// A pushed sequence number at most this far beyond the highest the central holds for the kiosk:
    /// a kiosk's outbox has no holes, so anything further is a forgery or a damaged kiosk.
    public static let maxSequenceAhead: Int64 = 10_000
    /// Longest canonical kiosk id.
    public static let maxKioskIDLength = 32

    /// A canonical kiosk id: 1 to 32 upper-case ASCII letters and digits (`KPPSH001`) — so no newline,
    /// no escape, no space can travel into a log or a terminal under a kiosk's name.
    public static func isCanonicalKioskID(_ id: String) -> Bool {
        (1...maxKioskIDLength).contains(id.utf8.count)
            && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) }
    }

    /// Why `request` is outside the bounds of a pull, or nil.
    public static func problem(in request: PullRequest) -> String? {
        if !isCanonicalKioskID(request.kioskID) { return kioskIDProblem }
        if request.districts.count > maxDistrictsPerPull {
            return "the pull lists \(request.districts.count) districts; at most \(maxDistrictsPerPull) fit in one pull"
        }
        if let bad = request.districts.first(where: { !(100...999).contains($0) }) {
            return "the district code \(bad) is not a three-digit code like 173"
        }
        return nil
    }

    /// The words for a kiosk id that is not canonical (the id itself is never repeated: it may hold
    /// anything).
    public static let kioskIDProblem =
        "the kiosk id must be 1 to \(maxKioskIDLength) upper-case letters and digits (like KPPSH001)"
}
