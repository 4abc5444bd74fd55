import IdentityCore

/// `YYYY-MM-DD` days in a bundle (revokedBefore), as pass issue days count them.
enum BundleDay {
    static func parse(_ text: String) -> CalendarDate? { CalendarDate(iso: text) }
}
