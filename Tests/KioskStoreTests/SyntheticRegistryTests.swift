import IdentityCore
import SyntheticRegistry
import TestScheduling
import Testing

@Suite(.cpuBound) struct SyntheticRegistryTests {
    @Test func sameSeedSameCitizens() {
        let a = SyntheticRegistry(seed: 7, catalog: Fixtures.catalog).citizens(count: 500)
        let b = SyntheticRegistry(seed: 7, catalog: Fixtures.catalog).citizens(count: 500)
        let c = SyntheticRegistry(seed: 8, catalog: Fixtures.catalog).citizens(count: 500)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func prefixStable() {
        let generator = SyntheticRegistry(seed: 7, catalog: Fixtures.catalog)
        let small = generator.citizens(count: 1_000)
        let large = generator.citizens(count: 2_000)
        #expect(small.count == 1_000)
        #expect(Array(large.prefix(1_000)) == small)
        #expect(Array(generator.citizenSequence(count: 1_000)) == small)
    }

    @Test func everyCitizenIsConsistent() {
        let today = Fixtures.generator.today
        let citizens = Fixtures.generator.citizens(count: 5_000)
        #expect(Set(citizens.map(\.cnic)).count == citizens.count, "CNICs are unique")
        for citizen in citizens {
            #expect(citizen.cnic.districtCode == citizen.districtCode)
            #expect(Fixtures.catalog.district(code: citizen.districtCode) != nil)
            #expect(citizen.cnic.gender == citizen.gender)
            #expect(citizen.guardianRelation == (citizen.gender == .male ? .sonOf : (citizen.guardianRelation == .wifeOf ? .wifeOf : .daughterOf)))
            #expect((18...85).contains(citizen.birthDate.years(until: today)), "age of \(citizen.cnic)")
            #expect(MobileNumber.canonical(citizen.mobile) == citizen.mobile)
            #expect(citizen.address.hasSuffix(", \(citizen.tehsil), \(Fixtures.catalog.district(code: citizen.districtCode)!.name)"))
            #expect(!citizen.nameUrdu.isEmpty && !citizen.guardianUrdu.isEmpty)
            #expect(citizen.pin == nil)
            #expect(!DemoCitizens.all.map(\.cnic).contains(citizen.cnic))
        }
    }

    @Test func familiesShareFatherDistrictAndChildrenAreYounger() {
        for index in 0..<300 {
            let family = Fixtures.generator.family(index)
            let father = family[0]
            #expect(father.gender == .male)
            for member in family.dropFirst() {
                #expect(member.districtCode == father.districtCode)
                #expect(member.address == father.address)
                #expect(NameKey.indexText(of: member.guardianLatin) == NameKey.indexText(of: father.nameLatin))
                if member.guardianRelation != .wifeOf {
                    #expect(father.birthDate.adding(months: 18 * 12) <= member.birthDate)
                }
            }
        }
    }

    @Test func spellingsVaryAsInARealRegistry() {
        let names = Fixtures.generator.citizens(count: 5_000).map(\.nameLatin).joined(separator: " ")
        for variant in ["Muhammad", "Mohammad", "Khan", "Khaan", "Afridi", "Bibi"] {
            #expect(names.contains(variant), "\(variant) appears")
        }
    }

    @Test func nameBookIsLargeEnough() {
        #expect(NameBank.male.count >= 80)
        #expect(NameBank.female.count >= 50)
        #expect(NameBank.family.count >= 40)
    }

    @Test func demoCitizensAreAsDocumented() throws {
        #expect(DemoCitizens.irfan.cnic.formatted == "17301-1234567-1")
        #expect(DemoCitizens.ayesha.cnic.formatted == "16101-7654321-2")
        let demos = try DemoCitizens.withPINs()
        #expect(demos[0].pin?.matches("1357") == true)
        #expect(demos[1].pin?.matches("2468") == true)
        #expect(demos[1].pin?.matches("1357") == false)
    }
}
