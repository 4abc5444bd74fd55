import IdentityCore
import TestScheduling
import Testing

@Suite(.cpuBound) struct NameKeyTests {
    @Test(arguments: [
        ["Muhammad", "Mohammad", "Muhammed", "Mohammed", "Mohamad", "Mohd", "MD", "muhd"],
        ["Khan", "Khaan", "KHAN"],
        ["Yousaf", "Yusuf", "Yousuf", "Yousef"],
        ["Ayesha", "Aisha", "Aysha"],
        ["Fatima", "Fatimah"],
        ["Rehman", "Rahman", "Rehmaan"],
        ["Yousafzai", "Yusufzai"],
        ["Qasim", "Kasim"],
        ["Syed", "Sayyed", "Sayed"],
    ])
    func spellingVariantsShareAKey(_ spellings: [String]) {
        let keys = Set(spellings.map(NameKey.latinKey))
        #expect(keys.count == 1, "\(spellings) → \(keys)")
    }

    @Test func differentNamesKeepDifferentKeys() {
        let names = ["Khan", "Gul", "Irfan", "Imran", "Khalid", "Shahid", "Zahid", "Bilal", "Ayesha", "Zainab"]
        #expect(Set(names.map(NameKey.latinKey)).count == names.count)
    }

    @Test func keysAreSafeTokens() {
        for name in ["Shah", "Khattak", "Ghulam", "Chitrali", "Zhob", "Thana", "Dhoda", "Pharooq", "Xavier", "O'Neil", "Éric"] {
            let key = NameKey.latinKey(name)
            #expect(!key.isEmpty)
            #expect(key.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }, "\(name) → \(key)")
        }
        #expect(NameKey.latinKey("Muhammad") == "mhmd")
        #expect(NameKey.latinKey("Khan") == "2n")
    }

    @Test func urduArabicFormsAndHarakatNormalise() {
        #expect(NameKey.normalisedUrdu("عَائِشَہ") == "عائشہ")
        #expect(NameKey.normalisedUrdu("عائشه") == "عائشہ") // Arabic heh
        #expect(NameKey.normalisedUrdu("علي") == "علی") // Arabic yeh
        #expect(NameKey.normalisedUrdu("كريم") == "کریم") // Arabic kaf
        #expect(NameKey.normalisedUrdu("أحمد") == "احمد")
        #expect(NameKey.normalisedUrdu("محـــمد") == "محمد") // tatweel
    }

    @Test func wordsSplitOnAnythingButLetters() {
        let words = NameKey.words(in: "\"Muhammad\" (Irfan) AND* خان،گل")
        #expect(words.map(\.key) == ["mhmd", "arfn", "and", "خان", "گل"])
        #expect(words.map(\.script) == [.latin, .latin, .latin, .urdu, .urdu])
    }

    @Test func mobileNumbersTakeOneForm() {
        #expect(MobileNumber.canonical("03015550101") == "0301-5550101")
        #expect(MobileNumber.canonical("+92 301 5550101") == "0301-5550101")
        #expect(MobileNumber.canonical("0301-5550101") == "0301-5550101")
        #expect(MobileNumber.canonical("0301-555010") == nil)
        #expect(MobileNumber.canonical("0421-5550101") == nil)
    }
}
