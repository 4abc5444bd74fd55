import Foundation
import IdentityCore

/// Clock text in Pakistan Standard Time (UTC+05:00 all year), without Foundation's locale machinery.
enum PakistanTime {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    /// The catalog keys (`weekday.thu`…) of the weekdays, from 1 Jan 1970 (a Thursday) on.
    static let weekdayKeys = weekdays.map { $0.lowercased() }

    /// `Wed 25 Nov 2026  14:05`.
    static func dateAndTime(_ instant: Date) -> String {
        let day = CalendarDate(pakistanDayOf: instant)
        let weekday = weekdays[((day.daysSinceEpoch % 7) + 7) % 7]
        return "\(weekday) \(day.display)  \(time(instant))"
    }

    /// `Wed 25 Nov  14:05` (no year: when the header is short of room).
    static func dayAndTime(_ instant: Date) -> String {
        let full = dateAndTime(instant)
        let parts = full.split(separator: " ", omittingEmptySubsequences: false)
        // "Wed", "25", "Nov", "2026", "", "14:05"
        guard parts.count == 6 else { return full }
        return "\(parts[0]) \(parts[1]) \(parts[2])  \(parts[5])"
    }

    /// `14:05`.
    static func time(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + CalendarDate.pakistanOffsetSeconds
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let hours = secondOfDay / 3600, minutes = secondOfDay % 3600 / 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
