import IdentityCore

/// A date bound in a definition, relative to the day of applying: `today`, `-18y`, `+3m`, `-30d`
/// (years, months, days; sign required), or a fixed day `YYYY-MM-DD`.
public enum RelativeDate: Hashable, Sendable {
    case today
    case years(Int)
    case months(Int)
    case days(Int)
    case fixed(CalendarDate)

    /// Parses the definition text; nil when it is none of the forms above.
    public init?(_ text: String) {
        if text == "today" { self = .today; return }
        if let date = CalendarDate(iso: text), text.count == 10 { self = .fixed(date); return }
        guard let sign = text.first, sign == "+" || sign == "-", let unit = text.last, text.count >= 3 else { return nil }
        let digits = text.dropFirst().dropLast()
        guard digits.count <= 4, digits.allSatisfy({ ("0"..."9").contains($0) }), let magnitude = Int(digits) else { return nil }
        let amount = sign == "-" ? -magnitude : magnitude
        switch unit {
        case "y": self = .years(amount)
        case "m": self = .months(amount)
        case "d": self = .days(amount)
        default: return nil
        }
    }

    /// The day this bound names when applying on `today`.
    public func resolve(today: CalendarDate) -> CalendarDate {
        switch self {
        case .today: today
        case .years(let count): today.adding(months: count * 12)
        case .months(let count): today.adding(months: count)
        case .days(let count): today.adding(days: count)
        case .fixed(let date): date
        }
    }
}
