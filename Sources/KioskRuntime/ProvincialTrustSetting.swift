import Crypto
import Foundation
import IdentityCore
import KioskStore
import ProvincialTrust

/// A kiosk that believes only the province's signed trust bundle: the pinned root, this kiosk's id and its
/// own pass issuer keys (`issuer-keys.json`). With it, pulled signer changes are never believed.
public struct ProvincialTrustSetting: Sendable {
    /// The pinned provincial root.
    public var root: Curve25519.Signing.PublicKey
    /// This kiosk's id (the issuer scope `kiosk:<id>` it may sign under).
    public var kioskID: String
    /// This kiosk's pass issuer keys.
    public var keyring: IssuerKeyring
    /// How long before expiry operators are warned.
    public var warningWindow: TimeInterval

    public init(root: Curve25519.Signing.PublicKey, kioskID: String, keyring: IssuerKeyring, warningWindow: TimeInterval = 14 * 86_400) {
        self.root = root
        self.kioskID = kioskID
        self.keyring = keyring
        self.warningWindow = warningWindow
    }
}

/// What the kiosk believes now: the trust list built from the held bundle, and what operators must be told.
public struct KioskTrustState: Sendable {
    public var trustList: TrustList
    /// The held bundle (nil: none held yet, or the stored one no longer verifies).
    public var content: TrustBundleContent?
    public var freshness: TrustBundleFreshness?
    /// For operators and the log; nil when all is well.
    public var warning: String?
}

/// Why this kiosk cannot issue a pass under the bundle.
public struct PassIssuingRefusal: LoggableError {
    public let description: String
}

extension RegistryDatabase {
    /// The trust list from the held bundle, verified again against the pinned root (a changed registry file is
    /// not believed): exactly its issuers within their windows, its revocations, this registry's own revoked
    /// passes as (own issuer key, serial), and earlier bundles' issuers as "removed". No bundle: nothing is trusted.
    public func bundleTrust(_ setting: ProvincialTrustSetting, now: Date) throws -> KioskTrustState {
        guard let held = try heldTrustBundle() else {
            return KioskTrustState(
                trustList: TrustList(), warning: "no trust bundle yet: passes cannot be verified or issued until the first sync with the central")
        }
        let verifier = TrustBundleVerifier(pinnedRoot: setting.root, warningWindow: setting.warningWindow)
        let content: TrustBundleContent
        do throws(TrustBundleRefusal) { content = try verifier.verify(held.file, heldVersion: nil).content } catch {
            return KioskTrustState(trustList: TrustList(), warning: "the stored trust bundle is not believed (\(error)); sync to fetch it again")
        }
        let former = try trustBundleIssuersSeen().compactMap { Data(base64Encoded: $0) }
        var list = content.passTrustList(formerIssuers: former)
        let own = setting.keyring.publicKeys
        for serial in try revokedPassSerials() {
            guard let serial = UInt32(exactly: serial) else { continue }
            for key in own { list.revokedPasses.insert(IssuerSerial(issuer: key, serial: serial)) }
        }
        let freshness = verifier.freshness(of: content, now: now)
        return KioskTrustState(trustList: list, content: content, freshness: freshness, warning: freshness.warning)
    }

    /// The signer for a new pass: the newest issuer the held bundle lists for this kiosk, within its signing
    /// window, whose private key this kiosk holds.
    public func bundlePassSigner(_ setting: ProvincialTrustSetting, now: Date) throws -> any PassSigning {
        let state = try bundleTrust(setting, now: now)
        guard let content = state.content else { throw PassIssuingRefusal(description: state.warning ?? "no trust bundle") }
        guard let issuer = content.signingIssuer(kioskID: setting.kioskID, held: setting.keyring.publicKeys, now: now),
              let signer = setting.keyring.signer(for: issuer) else {
            throw PassIssuingRefusal(description:
                "the trust bundle lists no issuer key of kiosk \(setting.kioskID) that may sign now; add one at the central (trust add-signer) and publish")
        }
        return signer
    }
}
