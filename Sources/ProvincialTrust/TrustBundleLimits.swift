/// The bounds every bundle is held to on decode, so a hostile file cannot exhaust a kiosk.
public enum TrustBundleLimits {
    /// The whole signed file.
    public static let maxFileBytes = 8 * 1024 * 1024
    /// The content part.
    public static let maxContentBytes = maxFileBytes - 1024
    public static let maxIssuers = 4096
    public static let maxRevokedPasses = 100_000
    public static let maxRevokedBefore = 4096
    public static let maxDevices = 20_000
    public static let maxDistrictsPerDevice = 200
    public static let maxTLSFingerprints = 16
    public static let maxOperators = 50_000
    /// Labels, centres and kiosk ids.
    public static let maxTextLength = 200
}
