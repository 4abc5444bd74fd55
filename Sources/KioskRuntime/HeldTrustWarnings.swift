import Crypto
import Foundation
import KioskApp
import KioskStore
import ProvincialTrust

extension RegistryDatabase {
    /// What operators must be told about the held trust bundle under the pinned `root` (raw 32 bytes): none
    /// yet, not believed (it no longer verifies), expiring within `warningWindow`, or expired. Empty when all
    /// is well or when the kiosk pins no root (then it keeps the legacy trust list and there is no bundle).
    public func trustWarnings(root: Data?, warningWindow: TimeInterval = 14 * 86_400, now: Date) -> [TrustWarning] {
        guard let root, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: root) else { return [] }
        let held: HeldTrustBundle?
        do { held = try heldTrustBundle() } catch { return [.notBelieved] }
        guard let held else { return [.noBundle] }
        let verifier = TrustBundleVerifier(pinnedRoot: key, warningWindow: warningWindow)
        do throws(TrustBundleRefusal) {
            let content = try verifier.verify(held.file, heldVersion: nil).content
            switch verifier.freshness(of: content, now: now) {
            case .current: return []
            case .expiringSoon(let at): return [.expiringSoon(expiresAt: at)]
            case .expired(let since): return [.expired(since: since)]
            }
        } catch {
            return [.notBelieved]
        }
    }
}
