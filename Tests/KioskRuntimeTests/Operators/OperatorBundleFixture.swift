import Foundation
import KioskRuntime
import KioskStore
import OperatorAccounts
import ProvincialTrust

/// A real registry file holding a real root-signed bundle with operators of two centres, for the
/// `OperatorDirectory` tests. Verifiers use scrypt cost 2^10 (the lowest a bundle may name) to keep tests quick.
struct OperatorBundleFixture {
    static let start = Date(timeIntervalSince1970: 1_796_000_000)
    static let centre = "Peshawar Saddar"
    static let otherCentre = "Mardan City"
    static let code = "ABCDE-FGHJK"
    static let supervisorPassword = "supervisor-pass-1"

    let folder: URL
    let registry: RegistryDatabase
    let root: ProvincialRootKey
    let setting: ProvincialTrustSetting
    var operators: [BundleOperator]

    init(kioskID: String = "KPPSH001") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("operators-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        registry = try RegistryDatabase(url: folder.appendingPathComponent("registry.sqlite"))
        root = ProvincialRootKey.make()
        setting = ProvincialTrustSetting(root: root.publicKey, kioskID: kioskID, keyring: IssuerKeyring())
        let start = Self.start
        operators = [
            try Self.entry("OP-0042", "Amina Khan", "operator", Self.centre, secret: Self.code, kind: .oneTimeCode, at: start),
            try Self.entry("SV-0001", "Bilal Afridi", "supervisor", Self.centre, secret: Self.supervisorPassword, kind: .password, at: start),
            try Self.entry("OP-0099", "Gul Zaman", "operator", Self.otherCentre, secret: Self.code, kind: .oneTimeCode, at: start),
            try Self.entry("OP-0050", "Left Already", "operator", Self.centre, secret: Self.code, kind: .oneTimeCode, at: start, status: "disabled"),
        ]
    }

    static func entry(
        _ id: String, _ name: String, _ role: String, _ centre: String, secret: String, kind: OperatorCredential.Kind, at instant: Date,
        status: String = "active", version: Int64 = 1
    ) throws -> BundleOperator {
        let credential = try OperatorCredential.make(secret: secret, kind: kind, version: version, setAt: instant, setBy: "central", costLog2: 10)
        return BundleOperator(id: id, name: name, role: role, centre: centre, status: status, credential: credential.bundleForm)
    }

    /// Signs and stores bundle `version` with the current operators and this kiosk as an active device of `centre`.
    func publish(version: Int64, kioskCentre: String = centre, kioskID: String = "KPPSH001") async throws {
        let device = BundleDevice(
            kioskID: kioskID, publicKey: root.publicKeyBase64, centre: kioskCentre, districts: [401], status: BundleDevice.activeStatus)
        let content = TrustBundleContent(
            version: version, issuedAt: Self.start, expiresAt: Self.start.addingTimeInterval(90 * 86_400), devices: [device], operators: operators)
        let file = try SignedTrustBundle.sign(content: content.encoded(), with: root).fileData()
        _ = try await registry.storeTrustBundle(version: version, file: file, issuerKeys: [], at: Self.start)
    }

    func directory() -> OperatorDirectory {
        OperatorDirectory(database: registry, trust: setting, costLog2: 10)
    }

    func close() {
        try? registry.close()
        try? FileManager.default.removeItem(at: folder)
    }
}
