import CommandLineSupport
import Foundation
import IdentityCore
import KioskRuntime
import KioskStore
import ProvincialTrust

extension DataFolder {
    /// `trust-root.pub`: Base64 of the pinned provincial root (used when the config has no `trust_root`).
    var trustRootURL: URL { url.appendingPathComponent("trust-root.pub") }
    /// `issuer-keys.json` (0600): this kiosk's pass issuer keys.
    var issuerKeysURL: URL { url.appendingPathComponent("issuer-keys.json") }

    /// The pinned root: the config's `trust_root`, else the folder's trust-root.pub, else nil (legacy trust list).
    func trustRoot(configured: String?) throws -> Data? {
        var text = configured
        if text == nil, FileManager.default.fileExists(atPath: trustRootURL.path) {
            text = try? String(contentsOf: trustRootURL, encoding: .utf8)
            if text == nil { throw CLIError("cannot read \(trustRootURL.path)") }
        }
        guard let text else { return nil }
        do { return try ProvincialRootKey.publicKey(base64: text).rawRepresentation } catch {
            throw CLIError("the pinned trust root (\(configured == nil ? trustRootURL.path : "trust_root in the config")) is not a root public key")
        }
    }

    /// This kiosk's issuer keys (empty when none yet).
    func issuerKeyring() throws -> IssuerKeyring {
        do { return try IssuerKeyring.load(from: issuerKeysURL) } catch { throw CLIError("\(issuerKeysURL.path): \(error)") }
    }

    /// The bundle-only trust setting, when a root is pinned.
    func provincialTrust(configuredRoot: String?, kioskID: String) throws -> ProvincialTrustSetting? {
        guard let raw = try trustRoot(configured: configuredRoot) else { return nil }
        let root = try ProvincialRootKey.publicKey(base64: raw.base64EncodedString())
        return ProvincialTrustSetting(root: root, kioskID: RegistryDatabase.canonicalKioskID(kioskID), keyring: try issuerKeyring())
    }

    /// What passes are verified against: the bundle's list when a root is pinned (its warning, if any, with it),
    /// else the legacy merge.
    func verificationTrust(registry: RegistryDatabase?, setting: ProvincialTrustSetting?, now: Date) throws -> (TrustList, warning: String?) {
        guard let setting else { return (try verificationTrustList(registry: registry), nil) }
        guard let registry else { return (TrustList(), "no registry: no trust bundle is held") }
        let state = try registry.bundleTrust(setting, now: now)
        return (state.trustList, state.warning)
    }
}

/// The operator warning about the held trust bundle (none yet, expiring, expired), for the command line.
enum HeldTrustWarning {
    static func warning(registry: RegistryDatabase, root: Data, now: Date) -> String? {
        guard let key = try? ProvincialRootKey.publicKey(base64: root.base64EncodedString()) else { return nil }
        let setting = ProvincialTrustSetting(root: key, kioskID: "", keyring: IssuerKeyring())
        do { return try registry.bundleTrust(setting, now: now).warning } catch { return "the trust bundle cannot be read: \(error)" }
    }
}
