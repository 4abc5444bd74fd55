import Foundation
import TestScheduling
import Testing
@testable import IdentityCore

@Suite("CalendarDate", .cpuBound)
struct CalendarDateTests {
    @Test func epochDaysRoundTrip() {
        for days in stride(from: -30_000, through: 60_000, by: 7) {
            #expect(CalendarDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(CalendarDate(year: 2024, month: 1, day: 1)!.daysSinceEpoch == 19_723)
    }

    @Test func refusesImpossibleDays() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDate(iso: "2024-04-31") == nil)
        #expect(CalendarDate(iso: "24-04-01") == nil)
    }

    @Test func monthArithmeticClampsTheDay() {
        #expect(CalendarDate(iso: "2024-01-31")!.adding(months: 1) == CalendarDate(iso: "2024-02-29")!)
        #expect(CalendarDate(iso: "2026-11-25")!.adding(months: 60) == CalendarDate(iso: "2031-11-25")!)
        #expect(CalendarDate(iso: "2000-02-29")!.years(until: CalendarDate(iso: "2018-02-28")!) == 17)
        #expect(CalendarDate(iso: "2000-02-29")!.years(until: CalendarDate(iso: "2018-03-01")!) == 18)
    }

    @Test func pakistanDayBoundary() {
        let day = CalendarDate(iso: "2026-11-25")!
        // 19:00 UTC on the 24th is midnight in Peshawar.
        #expect(day.startInstant == ISO8601DateFormatter().date(from: "2026-11-24T19:00:00Z")!)
        #expect(CalendarDate(pakistanDayOf: day.startInstant) == day)
        #expect(CalendarDate(pakistanDayOf: day.startInstant.addingTimeInterval(-1)) == day.adding(days: -1))
    }
}
