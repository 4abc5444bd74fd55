import IdentityCore
import TestScheduling
import Testing

/// One normal form for mobile numbers: the registry's `03xx-xxxxxxx`; the wire's eleven digits come
/// from the same parser.
@Suite("Mobile numbers", .cpuBound)
struct MobileNumberTests {
    @Test(arguments: ["03115570085", "0311-5570085", "+92 311 5570085", "923115570085", "0311 5570085"])
    func everyCommonWritingHasTheOneNormalForm(_ text: String) {
        #expect(MobileNumber.canonical(text) == "0311-5570085")
        #expect(MobileNumber.wireForm(text) == "03115570085")
        #expect(MobileNumber.stored(text) == "0311-5570085")
    }

    @Test(arguments: ["", "0311-557008", "04115570085", "0311/5570085", "call me"])
    func somethingElseIsNotAMobileNumber(_ text: String) {
        #expect(MobileNumber.canonical(text) == nil && MobileNumber.wireForm(text) == nil)
        #expect(MobileNumber.stored(text) == text, "kept as it is, never lost")
    }
}
