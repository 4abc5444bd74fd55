import Foundation
import TestScheduling
import Testing

/// `khyber-kiosk strings check` through the real binary: the shipped catalogs are complete, and a copy
/// with a language missing a key, holding an extra one and a wrong placeholder fails, saying each.
@Suite("khyber-kiosk strings check", .offCooperativePool)
struct StringsCommandTests {
    static var shipped: URL { CLIRunner.repository.appendingPathComponent("Assets/strings") }

    @Test func shippedCatalogsAreComplete() throws {
        let result = try CLIRunner.run(["strings", "check"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last == "4 catalogs checked, 0 problems", "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ur (اردو, rtl, falls back to ur-Latn where Arabic script cannot show): ") && $0.hasSuffix("complete") })
        #expect(lines.contains { $0.hasPrefix("ps (پښتو, rtl") })
    }

    @Test func aBrokenCopyIsReportedKeyByKey() throws {
        let folder = try CLIRunner.temporaryFolder().appendingPathComponent("strings")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: Self.shipped, to: folder)
        let file = folder.appendingPathComponent("ps.json")
        var catalog = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        var strings = try #require(catalog["strings"] as? [String: String])
        strings["idle.title"] = nil
        strings["pass.validUntil"] = "تر پورې د اعتبار وړ"
        strings["pass.extra"] = "زیات"
        catalog["strings"] = strings
        try JSONSerialization.data(withJSONObject: catalog).write(to: file)
        let result = try CLIRunner.run(["strings", "check", folder.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.prefix(3) == [
            "ps.json: \"idle.title\" is missing (English is shown instead)",
            "ps.json: \"pass.extra\" is not in en.json (it is never shown)",
            "ps.json: \"pass.validUntil\" has placeholders none where en.json has {date}",
        ], "\(lines)")
        #expect(lines.last == "4 catalogs checked, 3 problems")
    }

    @Test func anUnreadableCatalogIsAPlainError() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"format\": 1".utf8).write(to: folder.appendingPathComponent("en.json"))
        let result = try CLIRunner.run(["strings", "check", folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("en.json: is not a string catalog"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }
}
