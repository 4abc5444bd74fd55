import Crypto
import Foundation
import Testing
@testable import ProvincialTrust

@Suite("Trust bundle verification policy")
struct TrustBundleVerifierTests {
    let now = BundleFixtures.instant("2026-12-15T09:00:00Z")
    var verifier: TrustBundleVerifier { TrustBundleVerifier(pinnedRoot: BundleFixtures.root.publicKey) }

    /// The refusal, or nil (and a recorded issue) when the file was believed.
    func refusal(_ file: Data, held: Int64? = nil) -> TrustBundleRefusal? {
        do throws(TrustBundleRefusal) {
            _ = try verifier.verify(file, heldVersion: held)
            Issue.record("a bundle that should be refused was believed")
            return nil
        } catch { return error }
    }

    @Test func aBundleSignedByThePinnedRootIsBelieved() throws {
        let file = try BundleFixtures.signed(BundleFixtures.vectorContent)
        let verified = try verifier.verify(file, heldVersion: 6)
        #expect(verified.content == BundleFixtures.vectorContent)
        #expect(verified.signed.fileData() == file)
    }

    @Test func anotherRootIsRefusedByName() throws {
        let file = try BundleFixtures.signed(BundleFixtures.vectorContent, by: .make())
        #expect(refusal(file)?.code == "wrong-root")
        #expect(refusal(file)?.description.contains("not the pinned provincial root") == true)
    }

    @Test func aForgedHeaderNamingThePinnedRootIsABadSignature() throws {
        let stranger = ProvincialRootKey.make()
        let signed = try SignedTrustBundle.sign(content: BundleFixtures.vectorContent.encoded(), with: stranger)
        var text = String(decoding: signed.fileData(), as: UTF8.self)
        text = text.replacingOccurrences(of: Hex.encode(stranger.publicKey.rawRepresentation), with: Hex.encode(BundleFixtures.root.publicKey.rawRepresentation))
        #expect(refusal(Data(text.utf8)) == .badSignature)
    }

    @Test func oneChangedContentByteIsABadSignature() throws {
        var file = try BundleFixtures.signed(BundleFixtures.vectorContent)
        let index = file.count - 20
        file[index] ^= 0x01
        #expect(refusal(file) == .badSignature)
    }

    @Test func rollbackAndReplayAreRefused() throws {
        let file = try BundleFixtures.signed(BundleFixtures.vectorContent)
        #expect(refusal(file, held: 7) == .rollback(offered: 7, held: 7))
        #expect(refusal(file, held: 9)?.code == "rollback")
    }

    @Test(arguments: [10, 100, 200, 300])
    func truncatedFilesAreRefusedAsTruncated(keep: Int) throws {
        let file = try BundleFixtures.signed(BundleFixtures.vectorContent)
        #expect(refusal(Data(file.prefix(keep)))?.code == "truncated")
        // A file cut inside the content is named truncated too.
        #expect(refusal(Data(file.prefix(file.count - 1)))?.code == "truncated")
    }

    @Test func garbageIsNotABundle() throws {
        for garbage in [Data(), Data("hello\n".utf8), Data(repeating: 0xFF, count: 400)] {
            #expect(["not-a-bundle", "truncated"].contains(refusal(garbage)?.code ?? "believed"))
        }
    }

    @Test func oversizedListsAreRefusedOnDecode() throws {
        var content = BundleFixtures.vectorContent
        content.tlsFingerprints = Array(repeating: String(repeating: "a", count: 64), count: TrustBundleLimits.maxTLSFingerprints + 1)
        let file = try BundleFixtures.signed(content)
        #expect(refusal(file)?.code == "corrupt")
        #expect(refusal(file)?.description.contains("tlsFingerprints") == true)
    }

    @Test func aBadIssuerScopeOrKeyIsCorrupt() throws {
        var content = BundleFixtures.vectorContent
        content.issuers[0].scope = "kiosk:bad id\n"
        #expect(refusal(try BundleFixtures.signed(content))?.code == "corrupt")
        content = BundleFixtures.vectorContent
        content.issuers[0].publicKey = "AAAA"
        #expect(refusal(try BundleFixtures.signed(content))?.code == "corrupt")
    }

    @Test func unknownKeysAreIgnoredAndOperatorsDecodeTyped() throws {
        var content = BundleFixtures.vectorContent
        content.operators = [BundleFixtures.bundleOperator]
        var json = String(decoding: try content.encoded(), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"format\" : 1,", with: "\"format\" : 1, \"futureSection\": {\"x\": 1},")
        #expect(json.contains("futureSection"))
        let file = try SignedTrustBundle.sign(content: Data(json.utf8), with: BundleFixtures.root).fileData()
        let verified = try verifier.verify(file, heldVersion: nil)
        #expect(verified.content.operators == [BundleFixtures.bundleOperator])
    }

    @Test func aBadOperatorIsCorrupt() throws {
        let good = BundleFixtures.bundleOperator
        var bad: [BundleOperator] = []
        var entry = good; entry.id = "op 42\n"; bad.append(entry)
        entry = good; entry.name = "Amina\u{1b}[2J"; bad.append(entry)
        entry = good; entry.centre = "Peshawar \u{202E}rawahseP"; bad.append(entry)
        entry = good; entry.credential.hash = "AAAA"; bad.append(entry)
        entry = good; entry.credential.salt = Data(count: 4).base64EncodedString(); bad.append(entry)
        entry = good; entry.credential.costLog2 = 30; bad.append(entry)
        entry = good; entry.credential.version = 0; bad.append(entry)
        for entry in bad {
            var content = BundleFixtures.vectorContent
            content.operators = [entry]
            #expect(refusal(try BundleFixtures.signed(content))?.code == "corrupt", "\(entry)")
        }
        var content = BundleFixtures.vectorContent
        content.operators = [good, good]
        #expect(refusal(try BundleFixtures.signed(content))?.code == "corrupt", "a repeated id")
        var future = good
        future.role = "auditor"
        future.status = "on-leave"
        future.credential.kind = "staff-card"
        content.operators = [future]
        let believed = try verifier.verify(try BundleFixtures.signed(content), heldVersion: nil)
        #expect(believed.content.operators == [future], "words a later build may add are kept, not refused")
    }

    @Test func expiryIsGradedNeverACliff() throws {
        let content = BundleFixtures.vectorContent // expires 2027-03-01
        #expect(verifier.freshness(of: content, now: BundleFixtures.instant("2027-01-01T00:00:00Z")) == .current)
        let soon = verifier.freshness(of: content, now: BundleFixtures.instant("2027-02-20T00:00:00Z"))
        #expect(soon.code == "expiring-soon")
        #expect(soon.warning?.contains("2027-03-01") == true)
        let expired = verifier.freshness(of: content, now: BundleFixtures.instant("2027-06-01T00:00:00Z"))
        #expect(expired.code == "expired")
        #expect(expired.warning?.contains("trust list expired") == true)
        // Expired content still verifies: the policy warns, it does not refuse.
        #expect(try verifier.verify(try BundleFixtures.signed(content), heldVersion: nil).content.version == 7)
    }
}
