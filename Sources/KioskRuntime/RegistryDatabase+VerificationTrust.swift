import IdentityCore
import KioskStore

extension RegistryDatabase {
    /// `file` (the data folder's trust list) merged with this registry's revocations and the trust
    /// changes pulled from the central store (see `TrustListMerge`).
    public func verificationTrustList(file: TrustList) throws -> TrustList {
        let synced = try syncedTrust()
        let sent = TrustListMerge.Sent(
            signers: synced.signers.map { TrustListMerge.SentSigner(keyID: $0.keyID, publicKey: $0.publicKey, label: $0.label) },
            removed: synced.removed.map { TrustListMerge.SentSigner(keyID: $0.keyID, publicKey: $0.publicKey, label: $0.label) },
            revokedSerials: synced.revokedSerials
        )
        return TrustListMerge.merged(file: file, locallyRevoked: try revokedPassSerials(), sent: sent)
    }
}
