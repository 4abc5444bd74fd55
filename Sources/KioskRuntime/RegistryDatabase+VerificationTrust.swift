import IdentityCore
import KioskStore

extension RegistryDatabase {
    /// `file` (the data folder's trust list) merged with this registry's revocations and the trust
    /// changes pulled from the central store (see `TrustListMerge`).
    public func verificationTrustList(file: TrustList) throws -> TrustList {
        TrustListMerge.merged(file: file, locallyRevoked: try revokedPassSerials(), sent: try syncedTrust())
    }
}
