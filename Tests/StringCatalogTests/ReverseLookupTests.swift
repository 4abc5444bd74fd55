import StringCatalog
import Testing

/// Finding the catalog key of a text another module wrote in English, placeholders as wildcards.
@Suite struct ReverseLookupTests {
    static let set = CatalogSet([
        StringCatalog(code: "en", name: "English", direction: .leftToRight, needsArabicScript: false, texts: [
            "form.required": "Please fill this in.",
            "form.tooLong": "Too long. Please write at most {count} characters.",
            "form.between": "From {low} to {high}",
            "form.tail": "Ends with {value}",
            "other.required": "Please fill this in.",
        ]),
    ])

    @Test func aPlainTextFindsItsKey() throws {
        let found = try #require(Self.set.key(matchingEnglish: "Please fill this in.", prefixes: ["form."]))
        #expect(found.key == "form.required" && found.values.isEmpty)
    }

    @Test func placeholdersMatchWhatTheyStandFor() throws {
        let long = try #require(Self.set.key(matchingEnglish: "Too long. Please write at most 40 characters.", prefixes: ["form."]))
        #expect(long.key == "form.tooLong" && long.values == ["count": "40"])
        let between = try #require(Self.set.key(matchingEnglish: "From 5 to 7", prefixes: ["form."]))
        #expect(between.values == ["low": "5", "high": "7"])
        #expect(Self.set.key(matchingEnglish: "Ends with 25 Nov 2026", prefixes: ["form."])?.values == ["value": "25 Nov 2026"])
    }

    @Test func nearMissesAndOtherPrefixesFindNothing() {
        #expect(Self.set.key(matchingEnglish: "Please fill this in", prefixes: ["form."]) == nil, "the full stop is part of it")
        #expect(Self.set.key(matchingEnglish: "Too long. Please write at most  characters.", prefixes: ["form."]) == nil, "a placeholder is never empty")
        #expect(Self.set.key(matchingEnglish: "Something else.", prefixes: ["form."]) == nil)
        #expect(Self.set.key(matchingEnglish: "Please fill this in.", prefixes: ["other."])?.key == "other.required")
    }
}
