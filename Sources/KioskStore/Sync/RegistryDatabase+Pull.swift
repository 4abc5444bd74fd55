import Foundation
import GRDB
import IdentityCore
import Services
import SyncProtocol

extension RegistryDatabase {
    /// The last central change applied for this pull scope (0 before the first pull).
    public func syncCursor(scope: String) throws(RegistryError) -> Int64 {
        try readSingleStatement { db in
            try Int64.fetchOne(db, sql: "SELECT cursor FROM sync_cursor WHERE scope = ?", arguments: [scope]) ?? 0
        }
    }

    /// Applies one pulled page and stores its `nextCursor` in ONE transaction, so a crash between never
    /// skips or doubles a change. `fromCursor` is the cursor the page was asked with: when the stored
    /// cursor has moved since (another process applied it), nothing is applied and `applied` is false.
    ///
    /// Status changes update this kiosk's applications; registry records are added or replaced (the name
    /// index follows; PINs are the kiosk's own and stay); trust changes fill the synced trust list.
    @discardableResult
    public func applyPulledChanges(
        _ page: PullResponse, scope: String, fromCursor: Int64, at instant: Date
    ) throws(RegistryError) -> PulledChangeTally {
        let path = self.path
        return try write { db in
            var tally = PulledChangeTally()
            let stored = try Int64.fetchOne(db, sql: "SELECT cursor FROM sync_cursor WHERE scope = ?", arguments: [scope]) ?? 0
            guard stored == fromCursor else {
                tally.applied = false
                return tally
            }
            for change in page.changes {
                switch change.kind {
                case .applicationStatus:
                    if let status = change.status, try PulledChange.applyStatus(status, db: db) { tally.statuses += 1 } else { tally.skipped += 1 }
                case .citizen:
                    if let record = change.citizen, try PulledChange.applyCitizen(record, path: path, db: db) { tally.citizens += 1 } else { tally.skipped += 1 }
                case .trustedSigner, .signerRemoved, .passRevoked:
                    if try PulledChange.applyTrust(change, db: db) { tally.trust += 1 } else { tally.skipped += 1 }
                }
            }
            let next = max(page.nextCursor, fromCursor)
            try db.execute(sql: """
                INSERT INTO sync_cursor (scope, cursor, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (scope) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
                """, arguments: [scope, next, instant.timeIntervalSince1970])
            try KioskClock.receive(page.centralClock, wallMillis: Self.millis(instant), db: db)
            try SyncStateValues.set(SyncStateValues.lastContact, instant, db: db)
            return tally
        }
    }

    /// The trust list as the central sent it: signers to trust (base64 public keys), signers removed,
    /// revoked serials.
    public func syncedTrust() throws(RegistryError) -> (signers: [TrustedSignerRecord], removed: [TrustedSignerRecord], revokedSerials: Set<Int64>) {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT key_id, public_key, label, removed FROM synced_signer ORDER BY key_id")
            let signers = rows.filter { ($0[3] as Int) == 0 }.map { TrustedSignerRecord(keyID: $0[0], publicKey: $0[1], label: $0[2]) }
            let removed = rows.filter { ($0[3] as Int) == 1 }.map { TrustedSignerRecord(keyID: $0[0], publicKey: $0[1], label: $0[2]) }
            let revoked = Set(try Int64.fetchAll(db, sql: "SELECT serial FROM synced_revocation"))
            return (signers, removed, revoked)
        }
    }
}

/// How each kind of pulled change lands in the kiosk's tables (inside the caller's transaction).
enum PulledChange {
    /// True when an application of this kiosk took the status.
    static func applyStatus(_ change: StatusChange, db: Database) throws -> Bool {
        guard let status = ApplicationStatus(rawValue: change.status) else { return false }
        try db.cachedStatement(sql: "UPDATE application SET status = ?, status_changed_at = ? WHERE id = ?")
            .execute(arguments: [status.rawValue, Double(change.changedAtMillis) / 1000, change.applicationID])
        return db.changesCount == 1
    }

    /// Adds or replaces a registry record and its name-index document; false for a damaged record.
    static func applyCitizen(_ record: RegistryRecord, path: String, db: Database) throws -> Bool {
        guard let citizen = citizen(from: record) else { return false }
        let select = try db.cachedStatement(sql: CitizenColumns.select + " WHERE c.cnic = ?")
        select.setUncheckedArguments([citizen.cnic.number])
        let old = try CitizenColumns.firstCitizen(select, path: path)
        if let old {
            let document = SearchDocument(old)
            try db.cachedStatement(sql: "INSERT INTO citizen_search (citizen_search, rowid, tokens) VALUES ('delete', ?, ?)")
                .execute(arguments: [document.rowid, document.tokens])
            try db.cachedStatement(sql: """
                UPDATE citizen SET name_latin = ?, name_urdu = ?, guardian_latin = ?, guardian_urdu = ?, guardian_relation = ?,
                    gender = ?, birth_date = ?, district_code = ?, tehsil = ?, address = ?, mobile = ? WHERE cnic = ?
                """).execute(arguments: [
                    citizen.nameLatin, citizen.nameUrdu, citizen.guardianLatin, citizen.guardianUrdu, citizen.guardianRelation.rawValue,
                    citizen.gender.rawValue, citizen.birthDate.iso, citizen.districtCode, citizen.tehsil, citizen.address, citizen.mobile,
                    citizen.cnic.number,
                ])
            let fresh = SearchDocument(citizen)
            try db.cachedStatement(sql: "INSERT INTO citizen_search (rowid, tokens) VALUES (?, ?)").execute(arguments: [fresh.rowid, fresh.tokens])
        } else {
            var writer = try CitizenWriter(db)
            _ = try writer.insert(citizen)
        }
        return true
    }

    static func citizen(from record: RegistryRecord) -> Citizen? {
        guard record.cnic.utf8.count == 13, let number = Int64(record.cnic), let cnic = CNIC(number: number),
              let relation = GuardianRelation(rawValue: record.guardianRelation), let gender = Gender(rawValue: record.gender),
              let birthDate = CalendarDate(iso: record.birthDate), (100...999).contains(record.districtCode),
              !record.nameLatin.isEmpty
        else { return nil }
        return Citizen(
            cnic: cnic, nameLatin: record.nameLatin, nameUrdu: record.nameUrdu, guardianLatin: record.guardianLatin,
            guardianUrdu: record.guardianUrdu, guardianRelation: relation, gender: gender, birthDate: birthDate,
            districtCode: record.districtCode, tehsil: record.tehsil, address: record.address, mobile: record.mobile
        )
    }

    /// Fills the synced trust list; false for a change missing its part or with a malformed key.
    static func applyTrust(_ change: SyncChange, db: Database) throws -> Bool {
        switch change.kind {
        case .trustedSigner:
            guard let signer = change.signer, Data(base64Encoded: signer.publicKey)?.count == 32, UInt8(signer.keyID, radix: 16) != nil else { return false }
            try db.execute(sql: "INSERT OR REPLACE INTO synced_signer (key_id, public_key, label, removed) VALUES (?, ?, ?, 0)",
                           arguments: [signer.keyID.lowercased(), signer.publicKey, signer.label])
        case .signerRemoved:
            guard let signer = change.signer else { return false }
            try db.execute(sql: """
                INSERT INTO synced_signer (key_id, public_key, label, removed) VALUES (?, ?, ?, 1)
                ON CONFLICT (key_id) DO UPDATE SET removed = 1
                """, arguments: [signer.keyID.lowercased(), signer.publicKey, signer.label])
        case .passRevoked:
            guard let revocation = change.revocation, revocation.serial > 0 else { return false }
            try db.execute(sql: "INSERT OR IGNORE INTO synced_revocation (serial, revoked_at) VALUES (?, ?)",
                           arguments: [revocation.serial, Double(revocation.revokedAtMillis) / 1000])
        case .applicationStatus, .citizen:
            return false
        }
        return true
    }
}
