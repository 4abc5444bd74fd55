import Foundation

/// One of Khyber Pakhtunkhwa's districts, with its CNIC-style code (first three digits of a CNIC).
public struct District: Hashable, Sendable, Codable {
    public let code: Int
    public let name: String
    public let nameUrdu: String
    /// Main tehsils, in the order the province lists them.
    public let tehsils: [String]
}

/// A division: two CNIC digits (11–17) and the districts under it.
public struct Division: Hashable, Sendable, Codable {
    public let code: Int
    public let name: String
    public let nameUrdu: String
    public let districts: [District]
}

/// The province's divisions and districts, loaded from `Assets/districts.json`.
public struct DistrictCatalog: Sendable {
    public let divisions: [Division]
    private let byCode: [Int: District]
    private let divisionByDistrict: [Int: Division]

    /// Why a district file was refused.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    private struct File: Decodable {
        let format: Int
        let divisions: [Division]
    }

    /// Parses and checks the JSON: format 1, unique codes, each district's code under its division's.
    public init(json: Data) throws {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: json) } catch {
            throw LoadError(description: "districts file is not valid: \(error)")
        }
        guard file.format == 1 else { throw LoadError(description: "districts file has format \(file.format); this build reads format 1") }
        var byCode: [Int: District] = [:]
        var divisionByDistrict: [Int: Division] = [:]
        for division in file.divisions {
            for district in division.districts {
                guard district.code / 10 == division.code else {
                    throw LoadError(description: "district \(district.name) has code \(district.code), outside division \(division.code)")
                }
                guard byCode[district.code] == nil else {
                    throw LoadError(description: "district code \(district.code) appears twice")
                }
                guard !district.tehsils.isEmpty else {
                    throw LoadError(description: "district \(district.name) lists no tehsil")
                }
                byCode[district.code] = district
                divisionByDistrict[district.code] = division
            }
        }
        self.divisions = file.divisions
        self.byCode = byCode
        self.divisionByDistrict = divisionByDistrict
    }

    /// Every district, division by division.
    public var districts: [District] { divisions.flatMap(\.districts) }

    /// The district with a three-digit code, e.g. 173 → Peshawar.
    public func district(code: Int) -> District? { byCode[code] }

    /// The division a district belongs to.
    public func division(ofDistrict code: Int) -> Division? { divisionByDistrict[code] }

    /// The district a CNIC's first three digits name, when it is one of ours.
    public func district(of cnic: CNIC) -> District? { byCode[cnic.districtCode] }

    /// A district by its English name, ignoring case ("peshawar").
    public func district(named name: String) -> District? {
        let wanted = name.lowercased()
        return districts.first { $0.name.lowercased() == wanted }
    }
}
