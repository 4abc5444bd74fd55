import Crypto
import Foundation
import SyncProtocol

/// Central → kiosk: what the kiosk would pull from the cursor it last confirmed — one `PullResponse` page
/// (statuses, registry records of its districts, trust-list changes) and the newest signed trust bundle —
/// sealed to the kiosk's reply key (it carries personal data) and signed by the central.
public enum FieldChangesBundle {
    /// At most this many changes in one bundle (`hasMore` says when more wait).
    public static let maxChanges = 200_000

    /// The sealed content.
    public struct Content: Codable, Sendable {
        public var page: PullResponse
        /// The newest signed trust bundle file, byte for byte (nil when none is published).
        public var trustBundle: Data?

        public init(page: PullResponse, trustBundle: Data?) {
            self.page = page
            self.trustBundle = trustBundle
        }
    }

    /// The bundle's bytes.
    public static func make(
        _ content: Content, kioskID: String, pullScope: String, fromCursor: Int64, trustBundleVersion: Int64?,
        replyKey: Curve25519.KeyAgreement.PublicKey, signer: Curve25519.Signing.PrivateKey, now: Date
    ) throws(FieldBundleRefusal) -> Data {
        let plaintext: Data
        do { plaintext = try SyncWire.encoder().encode(content) } catch { throw .badPayload("the changes cannot be encoded") }
        var manifest = FieldBundleManifest(kind: .changes, kioskID: kioskID, createdAt: now)
        manifest.pullScope = pullScope
        manifest.fromCursor = fromCursor
        manifest.nextCursor = content.page.nextCursor
        manifest.changes = content.page.changes.count
        manifest.hasMore = content.page.hasMore
        manifest.trustBundleVersion = content.trustBundle == nil ? nil : trustBundleVersion
        return try FieldBundleFormat.make(.changes, manifest: manifest, plaintext: plaintext, sealedTo: replyKey, signer: signer)
    }

    /// Decrypts and decodes, after the caller verified the signature; the page must match the manifest.
    public static func open(_ file: FieldBundleFile, replyKey: Curve25519.KeyAgreement.PrivateKey) throws(FieldBundleRefusal) -> Content {
        guard file.kind == .changes else { throw .notForHere("this is a \(file.kind) bundle, not the central's changes") }
        let plaintext = try file.open(with: replyKey)
        let content: Content
        do { content = try SyncWire.decoder().decode(Content.self, from: plaintext) } catch { throw .badPayload("the changes are not a pulled page") }
        guard content.page.changes.count == file.manifest.changes, content.page.nextCursor == file.manifest.nextCursor else {
            throw .badPayload("the changes do not match the manifest's counts")
        }
        return content
    }
}
