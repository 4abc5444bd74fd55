import IdentityCore

/// A made-up but realistic registry of Khyber Pakhtunkhwa families, fixed by a seed.
///
/// Prefix-stable: family `k` depends only on (seed, k), so the first 1,000 citizens of a
/// 2,000-citizen registry are the 1,000-citizen registry. Pure: no clock, no file, no network.
public struct SyntheticRegistry: Sendable {
    public let seed: UInt64
    /// The day ages are counted to (not the clock, so output never changes).
    public let today: CalendarDate
    private let districts: [District]
    private let cumulativeWeights: [Int]

    /// The most members a family can have (father, wife, up to 4 sons, up to 4 daughters).
    public static let maxFamilySize = 10
    private static let cnicSlotsPerFamily = 16
    private static let serialSpace = 100_000_000

    /// A generator over the catalog's districts (weighted roughly by population).
    public init(seed: UInt64, catalog: DistrictCatalog, today: CalendarDate = CalendarDate(year: 2026, month: 1, day: 1)!) {
        self.seed = seed
        self.today = today
        districts = catalog.districts
        var running = 0
        cumulativeWeights = catalog.districts.map { district in
            running += SyntheticRegistry.populationWeight[district.name] ?? 1
            return running
        }
    }

    /// The first `count` citizens: family 0's members, then family 1's, …, cut at `count`.
    public func citizens(count: Int) -> [Citizen] {
        var result: [Citizen] = []
        result.reserveCapacity(count)
        forEachCitizen(count: count) { result.append($0) }
        return result
    }

    /// Calls `body` with the first `count` citizens in order, without keeping them all in memory.
    public func forEachCitizen(count: Int, _ body: (Citizen) throws -> Void) rethrows {
        var produced = 0
        var familyIndex = 0
        while produced < count {
            for citizen in family(familyIndex) {
                guard produced < count else { return }
                try body(citizen)
                produced += 1
            }
            familyIndex += 1
        }
    }

    /// Family `index`: a father, usually his wife, and their grown-up sons and daughters, one district.
    public func family(_ index: Int) -> [Citizen] {
        precondition(index >= 0 && index < SyntheticRegistry.serialSpace / SyntheticRegistry.cnicSlotsPerFamily)
        var random = SplitMix64(seed: seed, index: UInt64(index))
        let district = pickDistrict(&random)
        let tehsilIndex = random.below(district.tehsils.count)
        let home = Home(
            district: district, tehsilDigit: tehsilIndex % 10, tehsil: district.tehsils[tehsilIndex],
            address: "House \(random.inRange(1...250)), Street \(random.inRange(1...30)), Mohalla \(random.pick(NameBank.mohallas)), \(district.tehsils[tehsilIndex]), \(district.name)"
        )
        var builder = FamilyBuilder(familyIndex: index, home: home, today: today)
        let surname = random.chance(0.25) ? NameBank.family[0] : random.pick(NameBank.family)

        let fatherAge = random.inRange(22...85)
        let father = PersonName(given: maleGiven(&random), surname: surname)
        let grandfather = PersonName(given: maleGiven(&random), surname: surname)
        builder.add(name: father, guardian: grandfather, relation: .sonOf, gender: .male, age: fatherAge, random: &random)

        var youngestParentAge = fatherAge
        if random.chance(0.9) {
            let wifeAge = max(18, fatherAge - random.inRange(0...8))
            youngestParentAge = min(fatherAge, wifeAge)
            let wifeSurname: NameEntry? = random.chance(0.55) ? NameBank.bibi : (random.chance(0.5) ? random.pick(NameBank.family) : nil)
            let wife = PersonName(given: [random.pick(NameBank.female)], surname: wifeSurname)
            builder.add(name: wife, guardian: father, relation: .wifeOf, gender: .female, age: wifeAge, random: &random)
        }
        let oldestChildAge = youngestParentAge - 19
        if oldestChildAge >= 18 {
            for _ in 0..<random.inRange(0...4) {
                let son = PersonName(given: maleGiven(&random), surname: random.chance(0.9) ? surname : nil)
                builder.add(name: son, guardian: father, relation: .sonOf, gender: .male, age: random.inRange(18...oldestChildAge), random: &random)
            }
            for _ in 0..<random.inRange(0...3) {
                let surnameChoice = random.below(10)
                let daughterSurname: NameEntry? = surnameChoice < 4 ? NameBank.bibi : (surnameChoice < 7 ? surname : nil)
                let daughter = PersonName(given: [random.pick(NameBank.female)], surname: daughterSurname)
                builder.add(name: daughter, guardian: father, relation: .daughterOf, gender: .female, age: random.inRange(18...oldestChildAge), random: &random)
            }
        }
        return builder.members
    }

    /// One or two given names; many men carry "Muhammad" before their own name.
    private func maleGiven(_ random: inout SplitMix64) -> [NameEntry] {
        let own = random.pick(NameBank.male)
        if own != NameBank.male[0] && random.chance(0.3) { return [NameBank.male[0], own] }
        return [own]
    }

    private func pickDistrict(_ random: inout SplitMix64) -> District {
        let ticket = random.below(cumulativeWeights.last!)
        var low = 0, high = cumulativeWeights.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativeWeights[middle] > ticket { high = middle } else { low = middle + 1 }
        }
        return districts[low]
    }

    private static let populationWeight: [String: Int] = [
        "Peshawar": 8, "Mardan": 4, "Swat": 4, "Charsadda": 3, "Nowshera": 3, "Swabi": 3, "Mansehra": 3,
        "Abbottabad": 3, "Dera Ismail Khan": 3, "Bannu": 2, "Kohat": 2, "Lower Dir": 2, "Haripur": 2,
    ]
}
