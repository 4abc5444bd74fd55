import IdentityCore
import Testing

@Suite struct PINStrengthTests {
    static let born = CalendarDate(year: 1988, month: 3, day: 7)!

    @Test func guessablePINsAreRefusedWithTheirReason() {
        #expect(PINStrength.weakness(of: "1111") == .sameDigit)
        #expect(PINStrength.weakness(of: "0000") == .sameDigit)
        #expect(PINStrength.weakness(of: "1234") == .sequence)
        #expect(PINStrength.weakness(of: "0123") == .sequence)
        #expect(PINStrength.weakness(of: "7890") == .sequence)
        #expect(PINStrength.weakness(of: "4321") == .sequence)
        #expect(PINStrength.weakness(of: "1212") == .repeatedPair)
        #expect(PINStrength.weakness(of: "1988", birthDate: Self.born) == .birthYear)
        #expect(PINStrength.weakness(of: "0703", birthDate: Self.born) == .birthday)
        #expect(PINStrength.weakness(of: "0307", birthDate: Self.born) == .birthday)
        #expect(PINStrength.weakness(of: "123") == .notFourDigits)
        #expect(PINStrength.weakness(of: "12a4") == .notFourDigits)
        #expect(PINStrength.weakness(of: "١٢٣٤") == .notFourDigits, "Arabic-Indic digits are not keypad digits")
    }

    @Test func ordinaryPINsPass() {
        for pin in ["2739", "5827", "1357", "2468", "9021"] {
            #expect(PINStrength.weakness(of: pin, birthDate: Self.born) == nil, "\(pin)")
        }
        #expect(PINStrength.weakness(of: "1988") == nil, "a year is only weak when it is the citizen's")
    }
}
