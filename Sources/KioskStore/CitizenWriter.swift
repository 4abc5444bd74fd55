import GRDB
import IdentityCore

/// Inserts citizens and their search-index documents through cached statements on one write connection.
struct CitizenWriter {
    private let db: Database
    private let insertCitizen: Statement
    private let insertDocument: Statement

    init(_ db: Database) throws {
        self.db = db
        insertCitizen = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO citizen (cnic, name_latin, name_urdu, guardian_latin, guardian_urdu,
                guardian_relation, gender, birth_date, district_code, tehsil, address, mobile)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertDocument = try db.cachedStatement(sql: "INSERT INTO citizen_search (rowid, tokens) VALUES (?, ?)")
    }

    /// Inserts the citizen row and, only when it is new, its search document. Returns whether it was new.
    mutating func insert(_ citizen: Citizen) throws -> Bool {
        try insertRow(citizen)
        guard db.changesCount == 1 else { return false }
        try insertDocument(SearchDocument(citizen))
        return true
    }

    /// Inserts the citizen row only (`INSERT OR IGNORE`); check `db.changesCount` for whether it was new.
    func insertRow(_ citizen: Citizen) throws {
        insertCitizen.setUncheckedArguments([
            citizen.cnic.number, citizen.nameLatin, citizen.nameUrdu, citizen.guardianLatin, citizen.guardianUrdu,
            citizen.guardianRelation.rawValue, citizen.gender.rawValue, citizen.birthDate.iso, citizen.districtCode,
            citizen.tehsil, citizen.address, citizen.mobile,
        ])
        try insertCitizen.execute()
    }

    /// Adds a citizen's document to the name index (call in ascending CNIC order for a fast bulk load).
    func insertDocument(_ document: SearchDocument) throws {
        insertDocument.setUncheckedArguments([document.rowid, document.tokens])
        try insertDocument.execute()
    }
}
