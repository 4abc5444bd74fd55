import Screen
import Services

/// Fees, times and tracking numbers in the words the screens use.
enum ServiceWording {
    /// `Rs 200`, `Rs 1,050`.
    static func rupees(_ amount: Int) -> String { "Rs " + grouped(amount) }

    /// `1,050`, `-200`: digits grouped in thousands.
    static func grouped(_ amount: Int) -> String {
        let digits = String(abs(amount))
        var grouped = amount < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }

    /// The lowest fee when an answer picks it from several, else nil (one fee).
    static func lowestOfRange(_ fee: Fee) -> Int? {
        let amounts = (fee.byChoice.map { Array($0.values) } ?? []) + [fee.amount]
        guard fee.byField != nil, let lowest = amounts.min(), lowest != amounts.max() else { return nil }
        return lowest
    }

    /// The fee on the list: `Rs 200`, or `from Rs 500` when an answer picks it.
    static func listFee(_ fee: Fee) -> String {
        lowestOfRange(fee).map { "from " + rupees($0) } ?? rupees(fee.amount)
    }

    /// Sanitised `text` cut to `width` columns, ending in an ellipsis when it was cut.
    static func shortened(_ text: String, to width: Int, mode: GlyphMode) -> String {
        let safe = TextSanitizer.forTerminal(text)
        guard DisplayWidth.of(safe) > width else { return safe }
        let cut = DisplayWidth.prefix(safe, fittingIn: width - DisplayWidth.of(mode.ellipsis))
        return cut.trimmingTrailingSpaces + mode.ellipsis
    }

    /// `text` with spaces after it up to `width` columns.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// `5–7 working days` (`5-7` in ASCII), `1 working day`.
    static func processing(_ time: ProcessingTime, mode: GlyphMode) -> String {
        let low = time.minimumWorkingDays, high = time.maximumWorkingDays
        if low == high { return "\(low) working \(low == 1 ? "day" : "days")" }
        return "\(low)\(mode.rangeDash)\(high) working days"
    }

    /// `K P P S H 0 0 1 - 0 0 0 1 2 3 - K`: one character at a time, for reading aloud.
    static func spaced(_ tracking: String) -> String {
        tracking.map(String.init).joined(separator: " ")
    }

    /// A service's English title, or the file name of one that could not be read.
    static func title(of unavailable: UnavailableService) -> String {
        unavailable.title?.en ?? unavailable.id ?? unavailable.file
    }
}

extension GlyphMode {
    /// The dash of a range: `–` or `-`.
    var rangeDash: String { self == .unicode ? "–" : "-" }
}

extension String {
    /// The text without spaces at its end.
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
