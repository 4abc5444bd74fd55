import BidiText
import Foundation
import Synchronization
import Testing

/// `BidiText.visual` remembers what it shaped (`BidiText.memo`): the remembered answers are the ones
/// FriBidi gives afresh, for the golden words and every text of the shipped catalogs, in every direction;
/// the memo never holds more than its limit; `BoundedCache` computes once per key and clears when full.
@Suite struct ShapingMemoTests {
    static let directions: [BidiText.Direction] = [.leftToRight, .rightToLeft, .automatic, .rightToLeftWhenPresent]

    /// Every value of every catalog in Assets/strings (Urdu, Pashto, Roman Urdu, English).
    static func catalogTexts() throws -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Assets/strings").standardized
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "json" }
        var texts: [String] = []
        for file in files {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
            let strings = try #require(object?["strings"] as? [String: String], "\(file.lastPathComponent) has strings")
            texts += strings.values
        }
        return texts
    }

    @Test func rememberedShapingIsFriBidisOwnForTheGoldenWords() {
        for golden in ShapingGoldenTests.goldens {
            for direction in Self.directions {
                let fresh = BidiText.visualUncached(golden.word, direction: direction)
                #expect(BidiText.visual(golden.word, direction: direction) == fresh, "\(golden.word) first call")
                #expect(BidiText.visual(golden.word, direction: direction) == fresh, "\(golden.word) remembered")
            }
        }
    }

    @Test func rememberedShapingIsFriBidisOwnForEveryCatalogText() throws {
        let texts = try Self.catalogTexts()
        #expect(texts.count > 400, "all four catalogs read (\(texts.count) texts)")
        #expect(texts.contains { BidiText.needsWork($0) }, "Urdu and Pashto among them")
        for text in texts {
            for direction in Self.directions {
                let fresh = BidiText.visualUncached(text, direction: direction)
                #expect(BidiText.visual(text, direction: direction) == fresh, "\(text)")
                #expect(BidiText.visual(text, direction: direction) == fresh, "\(text) remembered")
            }
        }
    }

    @Test func theSharedMemoStaysWithinItsLimit() {
        for index in 0...(BidiText.memoLimit + 10) {
            let text = "درخواست نمبر \(index)"
            #expect(BidiText.visual(text, direction: .rightToLeft) == BidiText.visualUncached(text, direction: .rightToLeft))
            if index % 512 == 0 { #expect(BidiText.memo.count <= BidiText.memoLimit) }
        }
        #expect(BidiText.memo.count <= BidiText.memoLimit)
        #expect(BidiText.memo.count >= 1)
    }

    @Test func textWithNothingToShapeComesBackAsItWas() {
        let plain = "Peshawar Facilitation Centre \(UUID().uuidString)"
        #expect(BidiText.visual(plain, direction: .rightToLeft) == plain)
        #expect(!BidiText.needsWork(plain), "FriBidi is not asked: needsWork is false")
    }

    @Test func aBoundedCacheComputesOncePerKeyAndClearsWhenFull() {
        let cache = BoundedCache<Int, String>(limit: 3)
        let computed = Mutex(0)
        func value(_ key: Int) -> String {
            cache.value(for: key) {
                computed.withLock { $0 += 1 }
                return "v\(key)"
            }
        }
        #expect(value(1) == "v1" && value(1) == "v1")
        #expect(computed.withLock { $0 } == 1, "a hit does not compute again")
        #expect(value(2) == "v2" && value(3) == "v3")
        #expect(cache.count == 3)
        #expect(value(4) == "v4", "a fourth key: the memo was full")
        #expect(cache.count == 1, "cleared whole, then the new entry")
        #expect(value(1) == "v1")
        #expect(computed.withLock { $0 } == 5, "1 was forgotten and computed again")
        for key in 0..<100 { #expect(value(key) == "v\(key)"); #expect(cache.count <= 3) }
        cache.removeAll()
        #expect(cache.count == 0)
        #expect(BoundedCache<Int, Int>(limit: 0).limit == 1, "a limit below 1 is 1")
    }

    @Test func aBoundedCacheIsSafeAcrossThreads() async {
        let cache = BoundedCache<Int, Int>(limit: 50)
        await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    (0..<2_000).allSatisfy { step in
                        let key = (step * 7 + worker) % 120
                        return cache.value(for: key) { key * key } == key * key
                    }
                }
            }
            for await allRight in group { #expect(allRight) }
        }
        #expect(cache.count <= 50)
    }
}
