/// Which new PINs are too easy to guess: one digit four times, a run up or down the keypad, a pair
/// twice, or the citizen's own birth year or birthday. Pure; the screens say the reason in plain words.
public enum PINStrength {
    /// Why a PIN is refused.
    public enum Weakness: Equatable, Sendable {
        /// `1111`, `0000`.
        case sameDigit
        /// `1234`, `4321`, `7890`.
        case sequence
        /// `1212`, `4545`.
        case repeatedPair
        /// The citizen's birth year, e.g. `1988`.
        case birthYear
        /// Day and month of birth, `DDMM` or `MMDD`.
        case birthday
        /// Not exactly four digits.
        case notFourDigits

        /// The reason in plain words, for the screen.
        public var explanation: String {
            switch self {
            case .sameDigit: "The same digit four times is easy to guess. Choose another PIN."
            case .sequence: "Digits in a row (like 1234) are easy to guess. Choose another PIN."
            case .repeatedPair: "A pair repeated (like 1212) is easy to guess. Choose another PIN."
            case .birthYear: "Your birth year is easy to guess. Choose another PIN."
            case .birthday: "Your birthday is easy to guess. Choose another PIN."
            case .notFourDigits: "A PIN has exactly 4 digits."
            }
        }
    }

    /// Nil when `pin` may be used; otherwise the first reason it may not. `birthDate` is the citizen's, when known.
    public static func weakness(of pin: String, birthDate: CalendarDate? = nil) -> Weakness? {
        let digits = pin.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard digits.count == 4, pin.count == 4 else { return .notFourDigits }
        if Set(digits).count == 1 { return .sameDigit }
        let steps = zip(digits, digits.dropFirst()).map { ($1 - $0 + 10) % 10 }
        if steps.allSatisfy({ $0 == 1 }) || steps.allSatisfy({ $0 == 9 }) { return .sequence }
        if digits[0] == digits[2], digits[1] == digits[3] { return .repeatedPair }
        if let birthDate {
            if pin == Self.padded(birthDate.year, to: 4) { return .birthYear }
            let day = Self.padded(birthDate.day, to: 2), month = Self.padded(birthDate.month, to: 2)
            if pin == day + month || pin == month + day { return .birthday }
        }
        return nil
    }

    /// `7` → `07` (to 2), `988` → `0988` (to 4).
    static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
