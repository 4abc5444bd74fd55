import Crypto
import Foundation
import IdentityCore

extension TrustBundleContent {
    /// The trust list passes are verified against: exactly this bundle's issuers with their windows, its
    /// revocations per (issuer, serial) and "before day"; `formerIssuers` (keys earlier bundles listed and this
    /// one does not) make their passes "issuer removed" rather than "unknown signer".
    public func passTrustList(formerIssuers: [Data] = []) -> TrustList {
        var list = TrustList()
        for issuer in issuers {
            guard let key = Self.publicKey(issuer.publicKey), let keyID = UInt8(exactly: issuer.keyID) else { continue }
            list.signers.append(TrustedSigner(
                keyID: keyID, publicKey: key, label: issuer.label, signUntil: issuer.signUntil, verifyUntil: issuer.verifyUntil))
        }
        for revoked in revokedPasses {
            guard let key = Data(base64Encoded: revoked.issuer), let serial = UInt32(exactly: revoked.serial) else { continue }
            list.revokedPasses.insert(IssuerSerial(issuer: key, serial: serial))
        }
        for revoked in revokedBefore {
            guard let key = Data(base64Encoded: revoked.issuer), let day = CalendarDate(iso: revoked.day) else { continue }
            if let held = list.revokedBefore[key], held >= day { continue }
            list.revokedBefore[key] = day
        }
        let current = Set(list.signers.map(\.publicKey.rawRepresentation))
        list.formerSigners = formerIssuers.filter { !current.contains($0) }.compactMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }
        return list
    }

    /// The issuer a kiosk signs new passes with: among the keys it holds (`held`, raw public keys), those the
    /// bundle lists with scope `kiosk:<kioskID>` and a signing window still open at `now`; the one whose window
    /// closes last (the newest). Nil: this kiosk may not issue passes now.
    public func signingIssuer(kioskID: String, held: Set<Data>, now: Date) -> BundleIssuer? {
        issuers
            .filter { $0.scope == BundleIssuer.kioskScope(kioskID) && $0.signUntil >= now }
            .filter { Data(base64Encoded: $0.publicKey).map(held.contains) ?? false }
            .max { $0.signUntil < $1.signUntil }
    }

    static func publicKey(_ base64: String) -> Curve25519.Signing.PublicKey? {
        Data(base64Encoded: base64).flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }
    }
}
