import Foundation
import Testing
@testable import ProvincialTrust

@Suite("Provincial root key and issuer keyring files")
struct RootKeyTests {
    @Test func aRootKeySavesPrivateAndLoadsBack() throws {
        let folder = try BundleFixtures.folder()
        let url = folder.appendingPathComponent("root.json")
        let root = ProvincialRootKey.make()
        try root.save(to: url)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try ProvincialRootKey.load(from: url).publicKeyBase64 == root.publicKeyBase64)
        #expect(throws: (any Error).self) { try ProvincialRootKey.make().save(to: url) } // never overwritten
        #expect(try ProvincialRootKey.publicKey(base64: root.publicKeyBase64).rawRepresentation == root.publicKey.rawRepresentation)
    }

    @Test func aDamagedRootKeyFileIsRefused() throws {
        var json = String(decoding: try ProvincialRootKey.make().jsonData(), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"publicKey\" : \"", with: "\"publicKey\" : \"A")
        #expect(throws: ProvincialRootKey.FileError.self) { try ProvincialRootKey(jsonData: Data(json.utf8)) }
        #expect(throws: ProvincialRootKey.FileError.self) { try ProvincialRootKey(jsonData: Data("{}".utf8)) }
        #expect(throws: ProvincialRootKey.FileError.self) { try ProvincialRootKey.publicKey(base64: "not a key") }
    }

    @Test func theKeyringKeepsSeveralKeysPrivately() throws {
        let folder = try BundleFixtures.folder()
        let url = folder.appendingPathComponent("issuer-keys.json")
        var ring = try IssuerKeyring.load(from: url)
        #expect(ring.keys.isEmpty)
        let first = ring.addKey(now: Date(timeIntervalSince1970: 1_800_000_000))
        let second = ring.addKey(now: Date(timeIntervalSince1970: 1_800_086_400))
        try ring.save(to: url)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let loaded = try IssuerKeyring.load(from: url)
        #expect(loaded.keys.map(\.publicKeyBase64) == [first.publicKeyBase64, second.publicKeyBase64])
        #expect(loaded.publicKeys.count == 2)
    }
}
