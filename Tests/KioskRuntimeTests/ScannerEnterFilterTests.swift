import KioskRuntime
import Screen
import Testing

@Suite struct ScannerEnterFilterTests {
    let start = ContinuousClock.now

    /// Feeds (key, microseconds after start) in order; which keys passed.
    func passed(_ keys: [(KeyEvent, Int64)]) -> [Bool] {
        var filter = ScannerEnterFilter()
        return keys.map { key, micros in filter.accepts(key, at: start.advanced(by: .microseconds(micros))) }
    }

    @Test func theLFOfAScannersCRLFIsDropped() {
        #expect(passed([(.enter, 0), (.enter, 1_000)]) == [true, false])
    }

    @Test func twoPressesAPersonMakesBothCount() {
        #expect(passed([(.enter, 0), (.enter, 120_000)]) == [true, true])
    }

    @Test func aKeyBetweenMakesTheNextEnterReal() {
        #expect(passed([(.enter, 0), (.character("1"), 1_000), (.enter, 2_000)]) == [true, true, true])
    }

    @Test func theWindowIsFifteenMillisecondsFromTheLastEnter() {
        #expect(passed([(.enter, 0), (.enter, 14_900), (.enter, 29_800), (.enter, 44_900)]) == [true, false, false, true])
    }
}
