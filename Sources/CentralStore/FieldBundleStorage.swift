import Foundation

/// What the central remembers of each kiosk's field bundles (table `field_bundle_kiosk`, both backends):
/// the newest export it took in (so an older one is refused as replayed), the kiosk's reply key (downward
/// bundles are sealed to it) and the pull cursor the kiosk last confirmed (downward bundles start there).
public protocol FieldBundleStorage: Sendable {
    /// The kiosk's row; nil before its first imported bundle.
    func fieldBundleState(kioskID: String) async throws(CentralStorageError) -> FieldBundleKioskState?
    /// Records an imported bundle. A row with a higher serial already stored is kept (an older import never
    /// moves the state back).
    func recordFieldBundleImport(_ state: FieldBundleKioskState) async throws(CentralStorageError)
}

/// One kiosk's field-bundle state at the central.
public struct FieldBundleKioskState: Hashable, Sendable {
    public var kioskID: String
    /// The highest export number imported, and that bundle's id.
    public var highestSerial: Int64
    public var bundleID: String
    /// Base64 of the kiosk's X25519 reply key.
    public var replyKey: String
    public var pullScope: String
    public var pullCursor: Int64
    public var importedAtMillis: Int64

    public init(kioskID: String, highestSerial: Int64, bundleID: String, replyKey: String, pullScope: String, pullCursor: Int64, importedAtMillis: Int64) {
        self.kioskID = kioskID
        self.highestSerial = highestSerial
        self.bundleID = bundleID
        self.replyKey = replyKey
        self.pullScope = pullScope
        self.pullCursor = pullCursor
        self.importedAtMillis = importedAtMillis
    }
}
