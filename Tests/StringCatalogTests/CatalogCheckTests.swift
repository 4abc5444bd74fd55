import Foundation
import StringCatalog
import Testing

/// The checker behind `khyber-kiosk strings check`, on catalogs written for the test.
@Suite struct CatalogCheckTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ code: String, _ strings: [String: String], direction: String = "ltr", script: String = "Latn", fallback: String? = nil) throws {
        var object: [String: Any] = ["format": 1, "language": code, "name": code, "direction": direction, "script": script, "strings": strings]
        if let fallback { object["fallback"] = fallback }
        try JSONSerialization.data(withJSONObject: object).write(to: folder.appendingPathComponent("\(code).json"))
    }

    @Test func reportsMissingExtraAndMismatchedPlaceholders() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("en", ["greeting": "Hello, {name}", "bye": "Goodbye", "count": "{count} left"])
        try write("ur", ["greeting": "سلام", "count": "{count} باقی", "spare": "زائد"], direction: "rtl", script: "Arab", fallback: "ur-Latn")
        let problems = try CatalogSet.load(folder: folder).problems()
        #expect(problems.map(\.description) == [
            "ur.json: the fallback \"ur-Latn\" has no catalog",
            "ur.json: \"bye\" is missing (English is shown instead)",
            "ur.json: \"greeting\" has placeholders none where en.json has {name}",
            "ur.json: \"spare\" is not in en.json (it is never shown)",
        ])
    }

    @Test func addingALanguageIsAddingAFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("en", ["title": "Khyber Pass"])
        try write("skr", ["title": "خیبر پاس"], direction: "rtl", script: "Arab")
        let set = try CatalogSet.load(folder: folder)
        #expect(set.catalogs.map(\.code) == ["en", "skr"])
        #expect(set.choices(arabicScript: true) == ["en", "skr"])
        #expect(set.problems().isEmpty)
    }

    @Test func badFilesAreRefusedInPlainWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("en", ["title": "Khyber Pass"])
        try Data("{\"format\": 1, \"language\": \"ur\"".utf8).write(to: folder.appendingPathComponent("ur.json"))
        #expect(throws: CatalogLoadError(file: "ur.json", reason: "is not a string catalog (not valid JSON)")) {
            try CatalogSet.load(folder: folder)
        }
        try write("ps", ["title": "x"])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("ur.json"))
        try FileManager.default.moveItem(at: folder.appendingPathComponent("ps.json"), to: folder.appendingPathComponent("pashto.json"))
        #expect(throws: CatalogLoadError(file: "pashto.json", reason: "says it is \"ps\"; the file must be named after its language")) {
            try CatalogSet.load(folder: folder)
        }
    }

    @Test func noEnglishNoCatalogs() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("ur", ["title": "خیبر پاس"], direction: "rtl", script: "Arab")
        #expect(throws: CatalogLoadError.self) { try CatalogSet.load(folder: folder) }
    }

    @Test func placeholderNames() {
        #expect(Placeholders.names(in: "{count} of {total}, {count}") == ["count", "total"])
        #expect(Placeholders.names(in: "no { placeholders } here {}") == [])
        #expect(Placeholders.fill("Valid until {date}", with: ["date": "25 Nov 2031"]) == "Valid until 25 Nov 2031")
    }
}
