import IdentityCore

/// Reads the registry's `YYYY-MM-DD` dates quickly (the lookup path decodes one per citizen).
enum StoredDate {
    /// The date, or nil when the text is not a real `YYYY-MM-DD` day.
    static func parse(_ text: String) -> CalendarDate? {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> CalendarDate? in
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 0x30
                    guard digit >= 0 && digit <= 9 else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        } ?? CalendarDate(iso: text)
    }
}
