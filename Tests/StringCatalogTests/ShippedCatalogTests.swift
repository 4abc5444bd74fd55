import Foundation
import StringCatalog
import Testing

/// The catalogs in Assets/strings: they load, English is the reference, every language is complete.
@Suite struct ShippedCatalogTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets/strings", isDirectory: true)

    @Test func theShippedCatalogsLoadAndHaveNoProblems() throws {
        let set = try CatalogSet.load(folder: Self.folder)
        #expect(set.catalogs.map(\.code) == ["en", "ur", "ps", "ur-Latn"])
        #expect(set.problems().isEmpty, "\(set.problems().map(\.description))")
        #expect(set.catalog("ur")?.direction == .rightToLeft && set.catalog("ps")?.direction == .rightToLeft)
        #expect(set.catalog("ur-Latn")?.needsArabicScript == false)
    }

    @Test func eachLanguageNamesItselfInItsOwnScript() throws {
        let set = try CatalogSet.load(folder: Self.folder)
        #expect(set.catalogs.map(\.name) == ["English", "اردو", "پښتو", "Roman Urdu"])
    }

    @Test func choicesOnATerminalWithAndWithoutArabicScript() throws {
        let set = try CatalogSet.load(folder: Self.folder)
        #expect(set.choices(arabicScript: true) == ["en", "ur", "ps"], "Roman Urdu is only a fallback")
        #expect(set.choices(arabicScript: false) == ["en", "ur-Latn"], "Urdu and Pashto are both Roman Urdu on the console")
        #expect(set.shown("ps", arabicScript: false) == "ur-Latn")
        #expect(set.shown("ur", arabicScript: true) == "ur")
        #expect(set.shown("xx", arabicScript: true) == "en", "an unknown language shows English")
    }

    @Test func lookupsFallBackToEnglishThenTheKey() throws {
        let set = try CatalogSet.load(folder: Self.folder)
        #expect(set.text("greeting", in: "ur", ["name": "Irfan"]) == "السلام علیکم، Irfan")
        #expect(set.text("no.such.key", in: "ur") == "no.such.key")
        let partial = CatalogSet([
            StringCatalog(code: "en", name: "English", direction: .leftToRight, needsArabicScript: false, texts: ["a": "A", "b": "B"]),
            StringCatalog(code: "ur", name: "اردو", direction: .rightToLeft, needsArabicScript: true, texts: ["a": "الف"]),
        ])
        #expect(partial.text("b", in: "ur") == "B")
    }
}
