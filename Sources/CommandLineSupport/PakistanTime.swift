import Foundation
import IdentityCore

/// How the tools write an instant for people in Khyber Pakhtunkhwa: Pakistan time (UTC+5, no daylight saving).
public enum PakistanTime {
    /// `2026-05-01 14:30`.
    public static func minute(_ date: Date) -> String {
        let local = date.addingTimeInterval(TimeInterval(CalendarDate.pakistanOffsetSeconds))
        let day = CalendarDate(pakistanDayOf: date)
        let seconds = Int(local.timeIntervalSince1970.rounded(.down)) % 86_400
        let minutes = (seconds + 86_400) % 86_400 / 60
        return day.iso + String(format: " %02d:%02d", minutes / 60, minutes % 60)
    }
}
