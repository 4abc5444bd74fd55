import Crypto
import Foundation
import Testing
@testable import ProvincialTrust

/// docs/trust-bundle.md's test vector, read from the document itself: its content bytes are what this build
/// drafts for the fixed content, its signature is what the fixed root makes over them, and its whole file verifies.
@Suite("Trust bundle document's test vector")
struct TrustBundleDocVectorTests {
    static let document: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/trust-bundle.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The fenced block after `marker`.
    static func block(after marker: String) -> String? {
        guard let start = document.range(of: marker) else { return nil }
        let rest = document[start.upperBound...]
        guard let open = rest.range(of: "```"), let lineEnd = rest[open.upperBound...].firstIndex(of: "\n"),
              let close = rest[rest.index(after: lineEnd)...].range(of: "\n```") else { return nil }
        return String(rest[rest.index(after: lineEnd)..<close.lowerBound])
    }

    /// The backquoted value on the line starting with `label`.
    static func value(_ label: String) -> String? {
        guard let line = document.split(separator: "\n").first(where: { $0.hasPrefix(label) }),
              let open = line.firstIndex(of: "`") else { return nil }
        let rest = line[line.index(after: open)...]
        return rest.firstIndex(of: "`").map { String(rest[..<$0]) }
    }

    @Test func theDocumentsContentBytesAreWhatThisBuildDrafts() throws {
        let content = try #require(Self.block(after: "<!-- vector: content -->"))
        let drafted = String(decoding: try BundleFixtures.vectorContent.encoded(), as: UTF8.self)
        #expect(drafted == content + "\n")
    }

    @Test func theDocumentsSignatureIsTheRootsOverTheDomainAndContent() throws {
        let content = Data((try #require(Self.block(after: "<!-- vector: content -->")) + "\n").utf8)
        let signatureHex = try #require(Self.value("Signature:"))
        let rootHex = try #require(Self.value("Root public key:"))
        #expect(rootHex == Hex.encode(BundleFixtures.root.publicKey.rawRepresentation))
        #expect(try #require(Self.value("Root seed:")) == BundleFixtures.rootSeed)
        let signature = try #require(Hex.decode(signatureHex))
        #expect(BundleFixtures.root.publicKey.isValidSignature(signature, for: Data("khyber-trust-bundle-v1\n".utf8) + content))
        // Ed25519 (RFC 8032) is deterministic: this build signs the same bytes.
        let signed = try SignedTrustBundle.sign(content: content, with: BundleFixtures.root)
        #expect(Hex.encode(signed.signature) == signatureHex)
        #expect(Int(try #require(Self.value("Content length:"))) == content.count)
    }

    @Test func theDocumentsWholeFileVerifies() throws {
        let header = try #require(Self.block(after: "<!-- vector: header -->"))
        let content = try #require(Self.block(after: "<!-- vector: content -->"))
        let file = Data((header + "\n\n" + content + "\n").utf8)
        let verified = try TrustBundleVerifier(pinnedRoot: BundleFixtures.root.publicKey).verify(file, heldVersion: 6)
        #expect(verified.content == BundleFixtures.vectorContent)
        #expect(verified.signed.fileData() == file)
    }
}
