import Crypto
import Foundation
import IdentityCore
import KioskStore

/// The legacy trust list (a kiosk with no pinned provincial root): the data folder's own file, plus the passes
/// this registry revoked, plus the revocations the central sent. Pure, so every rule is tested without a file.
///
/// Rules that matter for security:
/// - signer changes that arrive by pull are NOT believed, neither added nor removed: pull answers are not
///   signed, so a network attacker could inject a key or drop a genuine one (issue 10). Signers come only from
///   the data folder's file or, with a pinned root, from a verified trust bundle (`bundleTrust`);
/// - revocations only add: nothing the central sends can un-revoke a pass.
public enum TrustListMerge {
    /// `file` with this registry's revocations and the central's changes merged in.
    public static func merged(file: TrustList, locallyRevoked: some Sequence<Int64>, sent: SyncedTrust) -> TrustList {
        var list = file
        list.revokedSerials.formUnion(locallyRevoked.compactMap { UInt32(exactly: $0) })
        list.revokedSerials.formUnion(sent.revokedSerials.compactMap { UInt32(exactly: $0) })
        return list
    }
}
