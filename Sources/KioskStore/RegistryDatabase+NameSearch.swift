import GRDB
import IdentityCore

extension RegistryDatabase {
    /// How many index hits a search step reranks at most (taken in CNIC order, so common names stay fast).
    public static let searchCandidateLimit = 300

    /// Citizens whose name (or father's/husband's name) sounds like `query`, in Latin or Urdu script,
    /// best first. The last word may be partly typed. `district` keeps results to one district code.
    public func search(_ query: String, district: Int? = nil, limit: Int = 20) throws(RegistryError) -> [NameMatch] {
        guard limit > 0, let parsed = NameSearchQuery(query) else { return [] }
        let ranker = NameMatchRanker(parsed)
        let path = self.path
        return try read { db in
            var found: [Int64: NameMatch] = [:]
            for step in NameSearchQuery.Step.allCases {
                let statement = try db.cachedStatement(sql: RegistryDatabase.candidatesSQL)
                statement.setUncheckedArguments([parsed.matchExpression(step, district: district), RegistryDatabase.searchCandidateLimit])
                let columns = try CandidateColumns(statement, path: path)
                let rows = try Row.fetchCursor(statement)
                while let row = try rows.next() {
                    let number: Int64 = try row.decode(atIndex: columns.cnic)
                    if found[number] != nil { continue }
                    guard let match = try RegistryDatabase.nameMatch(from: row, columns: columns, ranker: ranker, path: path) else { continue }
                    found[number] = match
                }
                if found.count >= limit { break }
            }
            return found.values.sorted(by: RegistryDatabase.ranksBefore).prefix(limit).map { $0 }
        }
    }

    private static let candidatesSQL = """
        SELECT c.cnic, c.name_latin, c.name_urdu, c.guardian_latin, c.guardian_urdu, c.guardian_relation,
               c.gender, c.birth_date, c.district_code, c.tehsil
        FROM (SELECT rowid AS id FROM citizen_search WHERE citizen_search MATCH ? LIMIT ?) AS hit
        JOIN citizen c ON c.cnic = hit.id
        """

    /// The match a candidate row makes, scored on its names first (most candidates stop there); nil
    /// when it does not match.
    private static func nameMatch(from row: Row, columns: CandidateColumns, ranker: NameMatchRanker, path: String) throws -> NameMatch? {
        let nameLatin: String = try row.decode(atIndex: columns.nameLatin), nameUrdu: String = try row.decode(atIndex: columns.nameUrdu)
        let guardianLatin: String = try row.decode(atIndex: columns.guardianLatin), guardianUrdu: String = try row.decode(atIndex: columns.guardianUrdu)
        guard let (score, place) = ranker.score(nameLatin: nameLatin, nameUrdu: nameUrdu, guardianLatin: guardianLatin, guardianUrdu: guardianUrdu) else {
            return nil
        }
        guard let cnic = CNIC(number: try row.decode(atIndex: columns.cnic)),
              let relation = GuardianRelation(rawValue: try row.decode(atIndex: columns.guardianRelation)),
              let gender = Gender(rawValue: try row.decode(atIndex: columns.gender)),
              let birthDate = StoredDate.parse(try row.decode(String.self, atIndex: columns.birthDate))
        else { throw RegistryError.corrupted(path: path) }
        return NameMatch(
            cnic: cnic, nameLatin: nameLatin, nameUrdu: nameUrdu, guardianLatin: guardianLatin, guardianUrdu: guardianUrdu,
            guardianRelation: relation, gender: gender, birthDate: birthDate, districtCode: try row.decode(atIndex: columns.districtCode),
            tehsil: try row.decode(atIndex: columns.tehsil), score: score, matchedIn: place
        )
    }

    private static func ranksBefore(_ a: NameMatch, _ b: NameMatch) -> Bool {
        if a.score != b.score { return a.score > b.score }
        return a.cnic.number < b.cnic.number
    }
}

/// Where each column of the candidate query sits, looked up by name once per statement (the search
/// decodes up to 900 rows per key press; a name lookup per value would cost more than the ranking).
struct CandidateColumns {
    let cnic, nameLatin, nameUrdu, guardianLatin, guardianUrdu, guardianRelation, gender, birthDate, districtCode, tehsil: Int

    init(_ statement: Statement, path: String) throws(RegistryError) {
        func index(_ name: String) throws(RegistryError) -> Int {
            guard let index = statement.index(ofColumn: name) else { throw .storage(path: path, reason: "the search query has no column \(name)") }
            return index
        }
        cnic = try index("cnic")
        nameLatin = try index("name_latin")
        nameUrdu = try index("name_urdu")
        guardianLatin = try index("guardian_latin")
        guardianUrdu = try index("guardian_urdu")
        guardianRelation = try index("guardian_relation")
        gender = try index("gender")
        birthDate = try index("birth_date")
        districtCode = try index("district_code")
        tehsil = try index("tehsil")
    }
}
