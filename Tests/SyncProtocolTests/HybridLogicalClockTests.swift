import Testing
@testable import SyncProtocol

@Suite("Hybrid logical clock")
struct HybridLogicalClockTests {
    @Test func ticksFollowTheWallClockWhenItMovesOn() {
        var clock = HybridLogicalClock()
        #expect(clock.tick(wallMillis: 1000) == HLCTimestamp(wallMillis: 1000, counter: 0))
        #expect(clock.tick(wallMillis: 2000) == HLCTimestamp(wallMillis: 2000, counter: 0))
    }

    @Test func ticksNeverGoBackWhenTheWallClockDoes() {
        var clock = HybridLogicalClock()
        let first = clock.tick(wallMillis: 5000)
        let second = clock.tick(wallMillis: 4000)
        let third = clock.tick(wallMillis: 4000)
        #expect(first < second && second < third)
        #expect(third == HLCTimestamp(wallMillis: 5000, counter: 2))
    }

    @Test func aFullCounterCarriesIntoTheMillisecond() {
        var clock = HybridLogicalClock(last: HLCTimestamp(wallMillis: 10, counter: HLCTimestamp.maxCounter))
        #expect(clock.tick(wallMillis: 10) == HLCTimestamp(wallMillis: 11, counter: 0))
    }

    @Test func receivingALaterReadingMovesPastIt() {
        var kiosk = HybridLogicalClock()
        _ = kiosk.tick(wallMillis: 1000)
        let central = HLCTimestamp(wallMillis: 3000, counter: 7)
        let taken = kiosk.receive(central, wallMillis: 1500)
        #expect(taken == HLCTimestamp(wallMillis: 3000, counter: 8))
        #expect(kiosk.tick(wallMillis: 1600) > central)
    }

    @Test func receivingAnEarlierReadingKeepsTheLocalOne() {
        var clock = HybridLogicalClock()
        _ = clock.tick(wallMillis: 9000)
        #expect(clock.receive(HLCTimestamp(wallMillis: 100, counter: 50), wallMillis: 9000) == HLCTimestamp(wallMillis: 9000, counter: 1))
    }

    @Test func equalWallTimesTakeTheLargerCounterPlusOne() {
        var clock = HybridLogicalClock(last: HLCTimestamp(wallMillis: 500, counter: 3))
        #expect(clock.receive(HLCTimestamp(wallMillis: 500, counter: 9), wallMillis: 400) == HLCTimestamp(wallMillis: 500, counter: 10))
    }

    @Test func aReadingFarInTheFutureIsNotTakenIn() {
        var clock = HybridLogicalClock()
        _ = clock.tick(wallMillis: 1000)
        let yearAhead = HLCTimestamp(wallMillis: 1000 + 365 * 86_400_000, counter: 0)
        #expect(clock.receive(yearAhead, wallMillis: 1000) == nil)
        #expect(clock.last == HLCTimestamp(wallMillis: 1000, counter: 0))
    }

    @Test func theTextFormSortsLikeTheReadings() {
        let readings = [
            HLCTimestamp(wallMillis: 9, counter: 99_999), HLCTimestamp(wallMillis: 10, counter: 0),
            HLCTimestamp(wallMillis: 10, counter: 2), HLCTimestamp(wallMillis: 1_764_072_000_123, counter: 4),
        ]
        #expect(readings.map(\.text) == readings.map(\.text).sorted())
        #expect(HLCTimestamp(wallMillis: 1_764_072_000_123, counter: 4).text == "001764072000123-00004")
        for reading in readings { #expect(HLCTimestamp(text: reading.text) == reading) }
    }

    @Test(arguments: ["", "1-1", "001764072000123-0000", "00176407200012x-00004", "001764072000123_00004", "-001764072000123-00004"])
    func malformedTextIsRefused(_ text: String) {
        #expect(HLCTimestamp(text: text) == nil)
    }
}
