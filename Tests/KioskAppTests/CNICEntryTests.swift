import KioskApp
import Testing

@Suite struct CNICEntryTests {
    @Test(arguments: [
        ("1", "1", "1____-_______-_"),
        ("17301", "17301", "17301-_______-_"),
        ("173011", "17301-1", "17301-1______-_"),
        ("173011234567", "17301-1234567", "17301-1234567-_"),
        ("1730112345671", "17301-1234567-1", "17301-1234567-1"),
    ])
    func dashesAppearByThemselves(digits: String, formatted: String, template: String) {
        var entry = CNICEntry()
        for digit in digits { entry.append(digit) }
        #expect(entry.formatted == formatted)
        #expect(entry.template() == template)
    }

    @Test func fourteenthDigitAndNonDigitsAreRefused() {
        var entry = CNICEntry(digits: "1730112345671")
        #expect(entry.isFull)
        let took9 = entry.append("9")
        #expect(!took9)
        #expect(entry.digits == "1730112345671")
        var empty = CNICEntry()
        let tookx = empty.append("x")
        #expect(!tookx)
        #expect(empty.isEmpty)
    }

    @Test func backspaceOverADashRemovesTheDigitBeforeIt() {
        var entry = CNICEntry(digits: "173011")
        entry.removeLast()
        #expect(entry.formatted == "17301")
        entry.removeLast()
        #expect(entry.formatted == "1730")
    }
}
