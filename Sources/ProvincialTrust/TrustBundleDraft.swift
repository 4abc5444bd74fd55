import Foundation

/// Makes the next bundle's content from what the central holds: version = last published + 1, issued now
/// (whole seconds), expiring `validDays` later. Pure, so the central's `trust draft` and tests share it.
public enum TrustBundleDraft {
    /// The default validity: long enough for a field camp offline for weeks, short enough that a lost
    /// re-signing job is noticed (kiosks warn 14 days ahead).
    public static let defaultValidDays = 90

    public static func make(
        lastPublishedVersion: Int64?, now: Date, validDays: Int = defaultValidDays, issuers: [BundleIssuer],
        revokedPasses: [RevokedPass], revokedBefore: [RevokedBefore], devices: [BundleDevice] = [], tlsFingerprints: [String] = [],
        operators: [BundleOperator] = []
    ) -> TrustBundleContent {
        let issuedAt = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        return TrustBundleContent(
            version: (lastPublishedVersion ?? 0) + 1, issuedAt: issuedAt, expiresAt: issuedAt.addingTimeInterval(Double(validDays) * 86_400),
            issuers: issuers, revokedPasses: revokedPasses, revokedBefore: revokedBefore, devices: devices,
            tlsFingerprints: tlsFingerprints.map { $0.lowercased() }, operators: operators.sorted { $0.id < $1.id })
    }
}
