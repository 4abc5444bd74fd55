import Crypto
import Foundation
import IdentityCore
@testable import ProvincialTrust

/// Fixed keys, instants and content for the trust bundle tests and the doc's vector.
enum BundleFixtures {
    static func hex(_ text: String) -> Data {
        var data = Data()
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            data.append(UInt8(text[index..<next], radix: 16)!)
            index = next
        }
        return data
    }

    /// RFC 8032 test 2's secret key: the vector's root.
    static let rootSeed = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"
    static var root: ProvincialRootKey { ProvincialRootKey(privateKey: try! .init(rawRepresentation: hex(rootSeed))) }
    /// RFC 8032 test 1's secret key: the vector's pass issuer (docs/pass-format.md's key, id 33).
    static var issuerKey: Curve25519.Signing.PrivateKey {
        try! .init(rawRepresentation: hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"))
    }
    /// RFC 8032 test 3's public key: the vector's device.
    static let devicePublicKey = hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025").base64EncodedString()

    static func instant(_ iso: String) -> Date { ISO8601DateFormatter().date(from: iso)! }

    /// The doc's content.
    static var vectorContent: TrustBundleContent {
        let issuer = issuerKey.publicKey.rawRepresentation.base64EncodedString()
        return TrustBundleContent(
            version: 7, issuedAt: instant("2026-12-01T00:00:00Z"), expiresAt: instant("2027-03-01T00:00:00Z"),
            issuers: [BundleIssuer(
                publicKey: issuer, keyID: 33, label: "kiosk KPPSH001 2026", scope: "kiosk:KPPSH001",
                signUntil: instant("2027-12-01T00:00:00Z"), verifyUntil: instant("2032-12-31T00:00:00Z"))],
            revokedPasses: [RevokedPass(issuer: issuer, serial: 1001)],
            revokedBefore: [RevokedBefore(issuer: issuer, day: "2026-01-01")],
            devices: [BundleDevice(kioskID: "KPPSH001", publicKey: devicePublicKey, centre: "Peshawar Saddar", districts: [401], status: "active")],
            tlsFingerprints: ["8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4"]
        )
    }

    /// An operator entry (its verifier is of nothing in particular: 32 bytes of 7).
    static var bundleOperator: BundleOperator {
        BundleOperator(
            id: "OP-0042", name: "Amina Khan", role: "operator", centre: "Peshawar Saddar", status: "active",
            credential: BundleOperatorCredential(
                kind: "one-time-code", hash: Data(repeating: 7, count: 32).base64EncodedString(), salt: Data(repeating: 9, count: 16).base64EncodedString(),
                costLog2: 14, version: 1, setAt: instant("2026-12-01T00:00:00Z"), setBy: "central"))
    }

    /// A content with the given issuers, valid from `now` for 90 days.
    static func content(version: Int64, now: Date, issuers: [BundleIssuer] = [], revokedPasses: [RevokedPass] = []) -> TrustBundleContent {
        TrustBundleContent(version: version, issuedAt: now, expiresAt: now.addingTimeInterval(90 * 86_400), issuers: issuers, revokedPasses: revokedPasses)
    }

    static func signed(_ content: TrustBundleContent, by root: ProvincialRootKey = root) throws -> Data {
        try SignedTrustBundle.sign(content: content.encoded(), with: root).fileData()
    }

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trust-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
