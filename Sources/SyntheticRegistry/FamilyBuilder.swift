import IdentityCore

/// Where a family lives: one district, one tehsil, one address.
struct Home {
    let district: District
    let tehsilDigit: Int
    let tehsil: String
    let address: String
}

/// A name as name-book entries (given names, then an optional family name), spelt afresh each time it is written.
struct PersonName {
    let given: [NameEntry]
    let surname: NameEntry?

    private var parts: [NameEntry] { surname.map { given + [$0] } ?? given }

    /// Latin, each part in the clerk's chosen spelling.
    func latin(_ random: inout SplitMix64) -> String {
        parts.map { $0.latin(using: &random) }.joined(separator: " ")
    }

    /// Urdu; now and then typed with Arabic letter forms (ي ك ه), as some data entry did.
    func urdu(_ random: inout SplitMix64) -> String {
        let text = parts.map(\.urdu).joined(separator: " ")
        guard random.chance(0.03) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x06CC: Unicode.Scalar(0x064A)!
            case 0x06A9: Unicode.Scalar(0x0643)!
            case 0x06C1: Unicode.Scalar(0x0647)!
            default: scalar
            }
        }))
    }
}

/// Turns family members into citizens with unique CNICs, birth dates and mobile numbers.
struct FamilyBuilder {
    let familyIndex: Int
    let home: Home
    let today: CalendarDate
    private(set) var members: [Citizen] = []

    init(familyIndex: Int, home: Home, today: CalendarDate) {
        self.familyIndex = familyIndex
        self.home = home
        self.today = today
    }

    mutating func add(name: PersonName, guardian: PersonName, relation: GuardianRelation, gender: Gender, age: Int, random: inout SplitMix64) {
        let cnic = makeCNIC(member: members.count, gender: gender, random: &random)
        let birth = today.adding(months: -12 * age).adding(days: -random.inRange(0...360))
        members.append(Citizen(
            cnic: cnic, nameLatin: name.latin(&random), nameUrdu: name.urdu(&random),
            guardianLatin: guardian.latin(&random), guardianUrdu: guardian.urdu(&random),
            guardianRelation: relation, gender: gender, birthDate: birth, districtCode: home.district.code,
            tehsil: home.tehsil, address: home.address, mobile: Self.mobile(&random)
        ))
    }

    /// District (3 digits), tehsil digit, 8 digits unique to (family, member), then the gender digit.
    private func makeCNIC(member: Int, gender: Gender, random: inout SplitMix64) -> CNIC {
        let slot = familyIndex * 16 + member
        let scrambled = (slot &* 48_271_319 &+ 12_345_679) % 100_000_000 // a bijection on 0..<10^8
        let genderDigits = gender == .male ? [1, 3, 5, 7, 9] : [2, 4, 6, 8]
        var digitIndex = random.below(genderDigits.count)
        let stem = (Int64(home.district.code) * 10 + Int64(home.tehsilDigit)) * 100_000_000 + Int64(scrambled)
        var number = stem * 10 + Int64(genderDigits[digitIndex])
        if DemoCitizens.all.contains(where: { $0.cnic.number == number }) {
            digitIndex = (digitIndex + 1) % genderDigits.count
            number = stem * 10 + Int64(genderDigits[digitIndex])
        }
        return CNIC(number: number)!
    }

    private static let mobilePrefixes = [
        "0300", "0301", "0302", "0303", "0304", "0305", "0306", "0307", "0308", "0309", "0310", "0311", "0312",
        "0313", "0314", "0315", "0316", "0317", "0318", "0320", "0321", "0322", "0323", "0324", "0330", "0331",
        "0332", "0333", "0334", "0335", "0336", "0340", "0341", "0342", "0343", "0344", "0345", "0346", "0347",
        "0348", "0349",
    ]

    private static func mobile(_ random: inout SplitMix64) -> String {
        let subscriber = random.below(10_000_000)
        let digits = String(subscriber)
        return random.pick(mobilePrefixes) + "-" + String(repeating: "0", count: 7 - digits.count) + digits
    }
}
