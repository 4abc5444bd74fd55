import ArgumentParser
import CommandLineSupport
import Foundation
import IdentityCore
import KioskStore
import Screen

/// `lookup`: finds citizens by CNIC, mobile number, pass serial or name.
struct LookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find citizens in the registry by CNIC, mobile number, pass serial or name.",
        discussion: """
        Name search finds spelling variants (Muhammad / Mohammad / Muhammed, Khan / Khaan, Yousaf / Yusuf) in \
        Latin and in Urdu script, best matches first, with father's or husband's name and district to tell \
        namesakes apart. The last word may be cut short: "muhammad irf" finds Muhammad Irfan. CNICs are \
        shown masked.
        """
    )

    @Option(help: "A CNIC, with or without dashes.") var cnic: String?
    @Option(help: "A mobile number, 03xx-xxxxxxx.") var mobile: String?
    @Option(help: "A Khyber Pass serial.") var serial: Int64?
    @Option(help: "A name in Latin or Urdu script (words in any order).") var name: String?
    @Option(help: "With --name: only this district (name like Peshawar, or code like 173).") var district: String?
    @Option(help: "With --name: at most this many results.") var limit: Int = 20
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        let given = [cnic != nil, mobile != nil, serial != nil, name != nil].filter { $0 }.count
        guard given == 1 else { throw ValidationError("give exactly one of --cnic, --mobile, --serial, --name") }
        guard district == nil || name != nil else { throw ValidationError("--district goes with --name") }
        guard (1...500).contains(limit) else { throw ValidationError("--limit must be between 1 and 500") }
    }

    func run() async throws {
        let registry = try dataOptions.folder.openRegistry()
        let catalog = try Assets.districtCatalog()
        let rows: [Citizen]
        do {
            if let cnic {
                rows = try registry.citizen(try parseCNIC(cnic)).map { [$0] } ?? []
            } else if let mobile {
                rows = try registry.citizens(mobile: mobile)
            } else if let serial {
                rows = try registry.citizen(passSerial: serial).map { [$0] } ?? []
            } else {
                try search(registry: registry, catalog: catalog)
                return
            }
        } catch let error as RegistryError {
            throw CLIError(error.description)
        }
        guard !rows.isEmpty else { throw CLIError("no citizen found") }
        for citizen in rows {
            print(Self.line(cnic: citizen.cnic, name: citizen.nameLatin, urdu: citizen.nameUrdu, relation: citizen.guardianRelation,
                            guardian: citizen.guardianLatin, district: catalog.district(code: citizen.districtCode)?.name,
                            tehsil: citizen.tehsil, born: citizen.birthDate))
            print("    \(TextSanitizer.forTerminal(citizen.address))  mobile \(TextSanitizer.forTerminal(citizen.mobile))  PIN \(citizen.pin == nil ? "not set" : "set")")
        }
    }

    private func search(registry: RegistryDatabase, catalog: DistrictCatalog) throws {
        var districtCode: Int?
        if let district {
            guard let found = Int(district).flatMap(catalog.district(code:)) ?? catalog.district(named: district) else {
                throw CLIError("\(district) is not a district of Khyber Pakhtunkhwa")
            }
            districtCode = found.code
        }
        let matches = try registry.search(name ?? "", district: districtCode, limit: limit)
        guard !matches.isEmpty else { throw CLIError("no citizen found for \"\(TextSanitizer.forTerminal(name ?? ""))\"") }
        for match in matches {
            print(Self.line(cnic: match.cnic, name: match.nameLatin, urdu: match.nameUrdu, relation: match.guardianRelation,
                            guardian: match.guardianLatin, district: catalog.district(code: match.districtCode)?.name,
                            tehsil: match.tehsil, born: match.birthDate))
        }
    }

    static func line(cnic: CNIC, name: String, urdu: String, relation: GuardianRelation, guardian: String,
                     district: String?, tehsil: String, born: CalendarDate) -> String {
        let clean = TextSanitizer.forTerminal
        return "\(cnic.masked)  \(clean(name)) (\(clean(urdu)))  \(relation.rawValue) \(clean(guardian))  \(district ?? "?"), \(clean(tehsil))  born \(born.year)"
    }
}
