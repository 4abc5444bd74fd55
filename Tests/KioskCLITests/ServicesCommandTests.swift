import Foundation
import TestScheduling
import Testing

/// `khyber-kiosk services check` through the real binary: the shipped definitions pass, and a
/// copy with one broken file fails with lines naming the file, the field and the reason.
@Suite("khyber-kiosk services check", .offCooperativePool)
struct ServicesCommandTests {
    /// One way to break a shipped definition, and what `services check` must say about it.
    struct Breakage: Sendable, CustomStringConvertible {
        let description: String
        let file: String
        /// Turns the file's text into the broken text.
        let breakText: @Sendable (String) -> String
        /// Where the problem is: `field 'ID'`, or `line N, column M` when the file is not JSON at all.
        let place: String
        /// Words of the reason.
        let reason: String
        /// True when the file still reads as JSON, so the kiosk can name the service by its title
        /// (otherwise it names the file).
        var titleReadable = true
    }

    /// The Tehsil field's `"kind": "text",` in the domicile form: its comma is the one taken out.
    static let commaAnchor = "\"kind\": \"text\",\n          \"required\": true,\n          \"prefill\": \"tehsil\",\n          \"minimumLength\": 2"

    /// Where JSON parsing stops once that comma is gone: the start of the next line's key.
    static var lineAfterMissingComma: String {
        let text = (try? String(contentsOf: shipped.appendingPathComponent("domicile-certificate.json"), encoding: .utf8)) ?? ""
        guard let anchor = text.range(of: commaAnchor) else { return "the anchor is gone from domicile-certificate.json" }
        let line = text[..<anchor.lowerBound].filter { $0 == "\n" }.count + 2
        return "line \(line), column 11"
    }

    static let breakages: [Breakage] = [
        Breakage(
            description: "bad JSON (a missing comma)", file: "domicile-certificate.json",
            breakText: { $0.replacingOccurrences(of: commaAnchor, with: commaAnchor.replacingOccurrences(of: "\"text\",", with: "\"text\"")) },
            place: lineAfterMissingComma, reason: "not valid JSON", titleReadable: false
        ),
        Breakage(
            description: "unknown field kind", file: "police-character-certificate.json",
            breakText: { replacingFirst("\"kind\": \"text\"", after: "\"id\": \"policeStation\"", with: "\"kind\": \"paragraph\"", in: $0) },
            place: "field 'policeStation'", reason: "unknown value 'paragraph'"
        ),
        Breakage(
            description: "duplicate field id", file: "driving-licence-renewal.json",
            breakText: { $0.replacingOccurrences(of: "\"id\": \"bloodGroup\"", with: "\"id\": \"wearsGlasses\"") },
            place: "field 'wearsGlasses'", reason: "used twice"
        ),
    ]

    static var shipped: URL { CLIRunner.repository.appendingPathComponent("Assets/services") }

    @Test func shippedDefinitionsPass() throws {
        let result = try CLIRunner.run(["services", "check"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.shipped.path).filter { $0.hasSuffix(".json") }
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.last == "\(files.count) services checked, 0 problems", "\(result.stdout)")
        // Every shipped text has its Pashto, so there is nothing to note.
        #expect(lines.count == 1, "\(lines)")
        let explicit = try CLIRunner.run(["services", "check", Self.shipped.path])
        #expect(explicit.status == 0 && explicit.stdout == result.stdout, "the folder can be named: \(explicit.stdout)")
    }

    @Test func aMissingPashtoTextIsANoteNotAProblem() throws {
        let pashtoGone = Breakage(
            description: "collection without Pashto", file: "domicile-certificate.json",
            breakText: { text in
                text.components(separatedBy: "\n").filter { !$0.contains("\"ps\": \"د خپلې ضلعې د ډپټي کمشنر") }.joined(separator: "\n")
                    .replacingOccurrences(of: "ساتھ لائیں۔\",\n  },", with: "ساتھ لائیں۔\"\n  },")
            },
            place: "collection", reason: "no Pashto"
        )
        let folder = try Self.copyWithBrokenFile(pashtoGone)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try CLIRunner.run(["services", "check", folder.path])
        #expect(result.status == 0, "Pashto is optional: \(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "note: domicile-certificate: 1 text has no Pashto (ps) yet, Urdu shows instead: collection",
            "3 services checked, 0 problems",
        ], "\(lines)")
    }

    @Test func aMissingRomanUrduTextIsANoteNotAProblem() throws {
        let romanGone = Breakage(
            description: "title without Roman Urdu", file: "police-character-certificate.json",
            breakText: { $0.replacingOccurrences(of: "\"ps\": \"د پولیسو د کرکټر سند\",\n    \"ur-Latn\": \"Police character certificate\"", with: "\"ps\": \"د پولیسو د کرکټر سند\"") },
            place: "title", reason: "no Roman Urdu"
        )
        let folder = try Self.copyWithBrokenFile(romanGone)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try CLIRunner.run(["services", "check", folder.path])
        #expect(result.status == 0, "Roman Urdu is optional: \(result.stdout)\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").map(String.init) == [
            "note: police-character-certificate: 1 text has no Roman Urdu (ur-Latn) yet, English shows instead: title",
            "3 services checked, 0 problems",
        ], "\(result.stdout)")
    }

    @Test("A copy with one broken file fails, naming file, place and reason", arguments: breakages)
    func brokenFileIsReported(breakage: Breakage) throws {
        let folder = try Self.copyWithBrokenFile(breakage)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try CLIRunner.run(["services", "check", folder.path])
        #expect(result.status == 1, "exit 1 on any problem: \(result.stdout)")
        let lines = result.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("note: ") }
        let problems = lines.dropLast()
        #expect(lines.last == "3 services checked, \(problems.count) \(problems.count == 1 ? "problem" : "problems")", "\(lines)")
        #expect(problems.count == 1, "one break, one problem: \(problems)")
        for line in problems {
            #expect(line.hasPrefix("\(breakage.file): "), "names the file first: \(line)")
            #expect(line.contains(breakage.place), "names where (\(breakage.place)): \(line)")
            #expect(line.contains(breakage.reason), "says why (\(breakage.reason)): \(line)")
        }
    }

    /// `TEMP/services/` with every shipped file and `breakage` applied to its file.
    static func copyWithBrokenFile(_ breakage: Breakage) throws -> URL {
        let folder = try CLIRunner.temporaryFolder().appendingPathComponent("services")
        try FileManager.default.copyItem(at: shipped, to: folder)
        let file = folder.appendingPathComponent(breakage.file)
        let text = try String(contentsOf: file, encoding: .utf8)
        let broken = breakage.breakText(text)
        guard broken != text else { throw CLITestError("\(breakage.description): the text to break was not found in \(breakage.file)") }
        try Data(broken.utf8).write(to: file)
        return folder
    }

    /// `text` with the first `target` after `anchor` replaced by `replacement`.
    static func replacingFirst(_ target: String, after anchor: String, with replacement: String, in text: String) -> String {
        guard let anchorRange = text.range(of: anchor),
              let range = text.range(of: target, range: anchorRange.upperBound..<text.endIndex) else { return text }
        return text.replacingCharacters(in: range, with: replacement)
    }
}
