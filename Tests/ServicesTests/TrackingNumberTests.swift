import Testing
@testable import Services

@Suite("Tracking numbers")
struct TrackingNumberTests {
    static let characters = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    static let sample: [String] = [
        TrackingNumber.make(kioskID: "KP-PSH-001", sequence: 123),
        TrackingNumber.make(kioskID: "KP-MRD-014", sequence: 999_999),
        TrackingNumber.make(kioskID: "KP-SWT-203", sequence: 1_234_567),
        TrackingNumber.make(kioskID: "KP-DIK-777", sequence: 0),
        TrackingNumber.make(kioskID: "camp-bajaur-2", sequence: 40_571),
    ]

    /// The one blind spot of a single 25-symbol check: two characters 25 apart in 0-9A-Z.
    static func twins(_ a: Character, _ b: Character) -> Bool {
        guard let i = characters.firstIndex(of: a), let j = characters.firstIndex(of: b) else { return false }
        return abs(i - j) == 25
    }

    @Test func shape() {
        #expect(TrackingNumber.make(kioskID: "KP-PSH-001", sequence: 123).hasPrefix("KPPSH001-000123-"))
        #expect(TrackingNumber.make(kioskID: "KP-PSH-001", sequence: 1_234_567).hasPrefix("KPPSH001-1234567-"))
        let alphabet = Set("34679ACDEFGHJKMNPQRTUVWXY")
        #expect(alphabet.count == 25)
        #expect(alphabet.isDisjoint(with: "0O1IL5S2Z8B"))
        for number in Self.sample { #expect(alphabet.contains(number.last!)) }
    }

    @Test(arguments: sample) func roundTrip(number: String) {
        #expect(TrackingNumber.isValid(number))
        #expect(TrackingNumber.isValid(" \(number.lowercased()) "))
    }

    @Test(arguments: sample) func everySingleCharacterChangeIsCaught(number: String) {
        let chars = Array(number)
        let kioskEnd = chars.firstIndex(of: "-")!
        var tried = 0
        for index in chars.indices where chars[index] != "-" {
            for replacement in Self.characters where replacement != chars[index] {
                var changed = chars
                changed[index] = replacement
                let inKioskPart = index < kioskEnd
                if inKioskPart && Self.twins(chars[index], replacement) { continue }
                tried += 1
                #expect(!TrackingNumber.isValid(String(changed)), "\(number) → \(String(changed))")
            }
        }
        #expect(tried > 400)
    }

    @Test(arguments: sample) func everyNeighbourSwapIsCaught(number: String) {
        let chars = Array(number)
        for index in chars.indices.dropLast() where chars[index] != chars[index + 1] {
            if Self.twins(chars[index], chars[index + 1]) { continue }
            var swapped = chars
            swapped.swapAt(index, index + 1)
            #expect(!TrackingNumber.isValid(String(swapped)), "\(number) → \(String(swapped))")
        }
    }

    @Test(arguments: sample) func lookAlikeMixUpsAreCaught(number: String) {
        let pairs: [(Character, Character)] = [("0", "O"), ("1", "I"), ("1", "L"), ("5", "S"), ("2", "Z"), ("8", "B")]
        let chars = Array(number)
        for index in chars.indices.dropLast(2) {
            for (a, b) in pairs where chars[index] == a || chars[index] == b {
                var changed = chars
                changed[index] = chars[index] == a ? b : a
                #expect(!TrackingNumber.isValid(String(changed)))
            }
        }
    }

    @Test func malformedTextIsNotValid() {
        for text in ["", "KPPSH001-000123", "KPPSH001-00123-K", "-000123-K", "KPPSH001-000123-KK", "KPPSH001-000123-0", "KPPSH 001-000123-K"] {
            #expect(!TrackingNumber.isValid(text), "\(text)")
        }
    }
}
