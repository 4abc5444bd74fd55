import Foundation
import GRDB
import IdentityCore

extension RegistryDatabase {
    /// The citizen's PIN credential; nil when they have not set a PIN (or are not registered).
    public func pinCredential(for cnic: CNIC) throws(RegistryError) -> PINCredential? {
        try readSingleStatement { db in
            let statement = try db.cachedStatement(sql: "SELECT hash, salt, cost, failed_attempts, locked_until FROM pin_credential WHERE cnic = ?")
            statement.setUncheckedArguments([cnic.number])
            return try PINRow.fetchOne(statement)?.credential
        }
    }

    /// Stores a new or changed PIN (hash, salt, cost and attempt state) for a registered citizen.
    public func setPIN(_ credential: PINCredential, for cnic: CNIC) throws(RegistryError) {
        let path = self.path
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM citizen WHERE cnic = ?", arguments: [cnic.number]) == true else {
                throw RegistryError.unknownCitizen(path: path, cnic: cnic.masked)
            }
            try RegistryDatabase.upsertPIN(credential, cnic: cnic, db: db)
        }
    }

    /// Saves what a PIN try changed (failed attempts, lock-out) in one write; false when the citizen has no PIN.
    @discardableResult
    public func savePINState(_ credential: PINCredential, for cnic: CNIC) throws(RegistryError) -> Bool {
        try write { db in
            let statement = try db.cachedStatement(sql: "UPDATE pin_credential SET failed_attempts = ?, locked_until = ? WHERE cnic = ?")
            statement.setUncheckedArguments([
                credential.failedAttempts, credential.lockedUntil?.timeIntervalSince1970, cnic.number,
            ])
            try statement.execute()
            return db.changesCount == 1
        }
    }

    static func upsertPIN(_ credential: PINCredential, cnic: CNIC, db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO pin_credential (cnic, hash, salt, cost, failed_attempts, locked_until)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        statement.setUncheckedArguments([
            cnic.number, credential.hash, credential.salt, credential.costLog2,
            credential.failedAttempts, credential.lockedUntil?.timeIntervalSince1970,
        ])
        try statement.execute()
    }
}
