import Crypto
import Foundation
import IdentityCore
import KioskRuntime
import KioskStore
import Testing

/// The trust merge decides which passes a kiosk believes: every rule attacked here.
@Suite struct TrustListMergeTests {
    static let local = Curve25519.Signing.PrivateKey()
    static let central = Curve25519.Signing.PrivateKey()
    static let file = TrustList(signers: [TrustedSigner(keyID: 0x11, publicKey: local.publicKey, label: "local")], revokedSerials: [5])

    static func sent(_ key: Curve25519.Signing.PrivateKey, id: String, label: String = "central") -> SyncedSigner {
        SyncedSigner(keyID: id, publicKey: key.publicKey.rawRepresentation.base64EncodedString(), label: label)
    }

    @Test func nothingSentLeavesTheFileAsItIs() {
        #expect(TrustListMerge.merged(file: Self.file, locallyRevoked: [], sent: .init()) == Self.file)
    }

    @Test func aSignerSentByPullIsNeverBelieved() {
        // Pull answers are not signed: a proxy injecting its own key must achieve nothing (issue 10).
        let sent = SyncedTrust(signers: [Self.sent(Self.central, id: "2a")])
        let merged = TrustListMerge.merged(file: Self.file, locallyRevoked: [], sent: sent)
        #expect(merged.signers.map(\.keyID) == [0x11])
    }

    @Test func aRemovalSentByPullIsIgnored() {
        // Nor can a proxy drop the kiosk's own key (genuine passes would become unknown-signer).
        let dropLocal = TrustListMerge.merged(file: Self.file, locallyRevoked: [], sent: .init(removed: [Self.sent(Self.local, id: "11")]))
        #expect(dropLocal.signers.map(\.keyID) == [0x11])
    }

    @Test("malformed signers are never trusted", arguments: [
        SyncedSigner(keyID: "zz", publicKey: Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString(), label: "bad id"),
        SyncedSigner(keyID: "100", publicKey: Curve25519.Signing.PrivateKey().publicKey.rawRepresentation.base64EncodedString(), label: "id too big"),
        SyncedSigner(keyID: "2b", publicKey: "not base64!", label: "bad key"),
        SyncedSigner(keyID: "2b", publicKey: Data(repeating: 1, count: 31).base64EncodedString(), label: "short key"),
    ])
    func malformedSignersAreSkipped(signer: SyncedSigner) {
        #expect(TrustListMerge.merged(file: Self.file, locallyRevoked: [], sent: .init(signers: [signer])).signers.map(\.keyID) == [0x11])
    }

    @Test func revocationsOnlyAddAndOutOfRangeSerialsAreIgnored() {
        let sent = SyncedTrust(revokedSerials: [7, -1, Int64(UInt32.max) + 1])
        let merged = TrustListMerge.merged(file: Self.file, locallyRevoked: [9], sent: sent)
        #expect(merged.revokedSerials == [5, 7, 9], "the file's, this registry's and the central's; nothing un-revoked")
    }
}
