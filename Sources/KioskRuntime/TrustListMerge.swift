import Crypto
import Foundation
import IdentityCore
import KioskStore

/// The trust list a kiosk verifies passes against: the data folder's own file, plus the passes this
/// registry revoked, plus what the central store sent (its signers added, the signers it removed
/// dropped, its revocations added). Pure, so every rule is tested without a file or a network.
///
/// Rules that matter for security:
/// - a removed signer is matched by its full public key, never by its one-byte id (ids repeat);
/// - a sent signer whose key does not parse is skipped, never trusted with a guessed key;
/// - revocations only add: nothing the central sends can un-revoke a pass.
public enum TrustListMerge {
    /// `file` with this registry's revocations and the central's changes merged in.
    public static func merged(file: TrustList, locallyRevoked: some Sequence<Int64>, sent: SyncedTrust) -> TrustList {
        var list = file
        list.revokedSerials.formUnion(locallyRevoked.compactMap { UInt32(exactly: $0) })
        for record in sent.signers {
            guard let signer = trustedSigner(record) else { continue }
            if !list.signers.contains(signer) { list.signers.append(signer) }
        }
        let removed = Set(sent.removed.compactMap { Data(base64Encoded: $0.publicKey) })
        list.signers.removeAll { removed.contains($0.publicKey.rawRepresentation) }
        list.revokedSerials.formUnion(sent.revokedSerials.compactMap { UInt32(exactly: $0) })
        return list
    }

    /// The signer a sent record stands for, or nil when its id or key is malformed.
    static func trustedSigner(_ record: SyncedSigner) -> TrustedSigner? {
        guard let keyID = UInt8(record.keyID, radix: 16),
              let raw = Data(base64Encoded: record.publicKey),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return nil }
        return TrustedSigner(keyID: keyID, publicKey: key, label: record.label)
    }
}
