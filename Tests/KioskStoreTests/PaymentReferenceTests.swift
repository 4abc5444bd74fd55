import KioskStore
import TestScheduling
import Testing

@Suite("Payment references", .cpuBound)
struct PaymentReferenceTests {
    @Test func shapeAndCheckDigit() {
        let reference = PaymentReference.make(kioskID: "KPPSH001", sequence: 123)
        #expect(reference.hasPrefix("PSID-") && reference.count == 17)
        #expect(reference.dropFirst(5).allSatisfy { $0.isNumber })
        #expect(reference.dropFirst(9).prefix(7) == "0000123")
        #expect(PaymentReference.isValid(reference))
        #expect(PaymentReference.make(kioskID: "KPPSH001", sequence: 123) == reference, "deterministic")
        #expect(PaymentReference.make(kioskID: "KPPSH001", sequence: 124) != reference)
        // Every single-digit typo is caught.
        var digits = Array(reference)
        for index in 5..<digits.count {
            let original = digits[index]
            for replacement in "0123456789" where replacement != original {
                digits[index] = replacement
                #expect(!PaymentReference.isValid(String(digits)))
            }
            digits[index] = original
        }
    }
}
