import Foundation
import KioskStore
import TestScheduling
import Testing

@Suite("UUIDv7 (RFC 9562)", .cpuBound)
struct UUIDv7Tests {
    @Test func layoutHasTimestampVersionAndVariant() {
        let id = UUIDv7.make(milliseconds: 0x0123_4567_89AB, randomA: 0xFFF, randomB: 0x3FFF_FFFF_FFFF_FFFF)
        let text = UUIDv7.text(id)
        #expect(text == "01234567-89ab-7fff-bfff-ffffffffffff")
        let zero = UUIDv7.text(UUIDv7.make(milliseconds: 0x0123_4567_89AB, randomA: 0, randomB: 0))
        #expect(zero == "01234567-89ab-7000-8000-000000000000")
        #expect(UUIDv7.milliseconds(of: id) == 0x0123_4567_89AB)
        #expect(UUIDv7.milliseconds(of: UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!) == nil, "a version 1 id")
    }

    @Test func generatedIdsCarryTheClockAndAreVersion7() {
        var generator = UUIDv7()
        var random = SystemRandomNumberGenerator()
        let instant = Date(timeIntervalSince1970: 1_767_225_600.123)
        let id = generator.next(at: instant, using: &random)
        #expect(UUIDv7.milliseconds(of: id) == 1_767_225_600_123)
        let text = UUIDv7.text(id)
        #expect(Array(text)[14] == "7")
        #expect("89ab".contains(Array(text)[19]))
    }

    @Test func monotonicWithinOneMillisecondAndWhenTheClockStepsBack() {
        var generator = UUIDv7()
        var random = SystemRandomNumberGenerator()
        let instant = Date(timeIntervalSince1970: 1_767_225_600.5)
        var previous = UUIDv7.text(generator.next(at: instant, using: &random))
        for index in 0..<10_000 {
            let at = index.isMultiple(of: 100) ? instant.addingTimeInterval(-1) : instant // a clock that jumps back now and then
            let next = UUIDv7.text(generator.next(at: at, using: &random))
            #expect(next > previous, "id \(index) sorts after the one before")
            previous = next
        }
        #expect(UUIDv7.milliseconds(of: UUID(uuidString: previous)!) == 1_767_225_600_500, "the timestamp never moved back")
    }

    @Test func counterOverflowBorrowsTheNextMillisecond() {
        var generator = UUIDv7()
        var random = AllOnes()
        let instant = Date(timeIntervalSince1970: 1_000)
        let first = generator.next(at: instant, using: &random)
        let second = generator.next(at: instant, using: &random)
        #expect(UUIDv7.milliseconds(of: first) == 1_000_000)
        #expect(UUIDv7.milliseconds(of: second) == 1_000_001)
        #expect(UUIDv7.text(second) > UUIDv7.text(first))
    }

    /// Every draw all ones: the first id of a millisecond already has the largest counter.
    private struct AllOnes: RandomNumberGenerator {
        mutating func next() -> UInt64 { .max }
    }
}
