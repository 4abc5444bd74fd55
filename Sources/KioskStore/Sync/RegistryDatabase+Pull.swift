import Foundation
import GRDB
import IdentityCore
import KhyberVocabulary

extension RegistryDatabase {
    /// The last central change applied for this pull scope (0 before the first pull).
    public func syncCursor(scope: String) async throws(RegistryError) -> Int64 {
        try await readAsync { db in try SyncCursor.stored(scope: scope, db: db) }
    }

    /// Applies one pulled page and stores its `nextCursor` in ONE transaction, so a crash between never
    /// skips or doubles a change. `fromCursor` is the cursor the page was asked with: when the stored
    /// cursor has moved since (another process applied it), nothing is applied and `applied` is false.
    ///
    /// Status changes update this kiosk's applications; registry records are added or replaced (the name
    /// index follows; PINs are the kiosk's own and stay); trust changes fill the synced trust list.
    @discardableResult
    public func applyPulledPage(
        _ page: PulledPage, scope: String, fromCursor: Int64, at instant: Date
    ) async throws(RegistryError) -> PulledChangeTally {
        try await applyPulledPage(page, scope: scope, fromCursor: fromCursor, at: instant, storing: nil)
    }

    /// `applyPulledPage`, and in the SAME transaction a verified trust bundle (a field camp's downward bundle
    /// carries both): the page, its cursor and the bundle commit together or not at all. A bundle whose version
    /// is not above the held one is left out (`trustStored` false), as `storeTrustBundle` leaves it.
    @discardableResult
    public func applyPulledPage(
        _ page: PulledPage, scope: String, fromCursor: Int64, at instant: Date, storing trust: TrustBundleToStore?
    ) async throws(RegistryError) -> PulledChangeTally {
        let path = self.path
        return try await writeAsync { db in
            var tally = PulledChangeTally()
            guard try SyncCursor.stored(scope: scope, db: db) == fromCursor else {
                tally.applied = false
                return tally
            }
            if let trust { tally.trustStored = try Self.storeTrustBundle(trust, at: instant, db: db) }
            for change in page.changes {
                switch change {
                case .status(let applicationID, let status, let changedAt):
                    if try PulledChangeWriter.applyStatus(applicationID: applicationID, status: status, changedAt: changedAt, db: db) {
                        tally.statuses += 1
                    } else {
                        tally.skipped += 1
                    }
                case .citizen(let citizen):
                    try PulledChangeWriter.applyCitizen(citizen, path: path, db: db)
                    tally.citizens += 1
                case .trustedSigner, .signerRemoved, .passRevoked:
                    try PulledChangeWriter.applyTrust(change, db: db)
                    tally.trust += 1
                case .pin(let pin):
                    if try PulledChangeWriter.applyPIN(pin, db: db) { tally.pins += 1 } else { tally.skipped += 1 }
                }
            }
            try SyncCursor.store(max(page.nextCursor, fromCursor), scope: scope, at: instant, db: db)
            try KioskClock.receive(page.centralClock, wallMillis: Self.millis(instant), db: db)
            try SyncStateValues.set(SyncStateValues.lastContact, instant, db: db)
            return tally
        }
    }

    /// The trust list as the central sent it: signers to trust (base64 public keys), signers removed,
    /// revoked serials.
    public func syncedTrust() throws(RegistryError) -> SyncedTrust {
        try read { db in
            let signers = try SyncedSignerRow.fetchAll(db, sql: SyncedSignerRow.select)
            return SyncedTrust(
                signers: signers.filter { !$0.removed }.map(\.signer), removed: signers.filter(\.removed).map(\.signer),
                revokedSerials: Set(try Int64.fetchAll(db, sql: "SELECT serial FROM synced_revocation"))
            )
        }
    }
}

/// The `sync_cursor` table: one cursor per pull scope.
enum SyncCursor {
    static func stored(scope: String, db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT cursor FROM sync_cursor WHERE scope = ?", arguments: [scope]) ?? 0
    }

    static func store(_ cursor: Int64, scope: String, at instant: Date, db: Database) throws {
        try db.execute(sql: """
            INSERT INTO sync_cursor (scope, cursor, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (scope) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
            """, arguments: [scope, cursor, instant.timeIntervalSince1970])
    }
}

/// A row of `synced_signer`, decoded by column name.
struct SyncedSignerRow: FetchableRecord {
    static let select = "SELECT key_id, public_key, label, removed FROM synced_signer ORDER BY key_id"

    let signer: SyncedSigner
    let removed: Bool

    init(row: Row) throws {
        signer = SyncedSigner(keyID: try row.decode(forColumn: "key_id"), publicKey: try row.decode(forColumn: "public_key"), label: try row.decode(forColumn: "label"))
        removed = try row.decode(Int.self, forColumn: "removed") == 1
    }
}

/// How each kind of pulled change lands in the kiosk's tables (inside the caller's transaction).
enum PulledChangeWriter {
    /// True when an application of this kiosk took the status.
    static func applyStatus(applicationID: String, status: ApplicationStatus, changedAt: Date, db: Database) throws -> Bool {
        try db.cachedStatement(sql: "UPDATE application SET status = ?, status_changed_at = ? WHERE id = ?")
            .execute(arguments: [status.rawValue, changedAt.timeIntervalSince1970, applicationID])
        return db.changesCount == 1
    }

    /// Adds or replaces a registry record and its name-index document (a PIN the kiosk holds stays).
    static func applyCitizen(_ record: Citizen, path: String, db: Database) throws {
        var citizen = record
        citizen.mobile = MobileNumber.stored(record.mobile)
        let select = try db.cachedStatement(sql: CitizenColumns.select + " WHERE c.cnic = ?")
        select.setUncheckedArguments([citizen.cnic.number])
        let old = try CitizenColumns.firstCitizen(select, path: path)
        guard let old else {
            var writer = try CitizenWriter(db)
            _ = try writer.insert(citizen)
            return
        }
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
    }

    /// Takes in a PIN set or a lock-out made at another kiosk when it is newer (by clock reading) than what
    /// this kiosk holds; false when it is not, or the citizen is not in this registry.
    static func applyPIN(_ pin: PulledPIN, db: Database) throws -> Bool {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM citizen WHERE cnic = ?", arguments: [pin.cnic.number]) == true else { return false }
        let local = try Row.fetchOne(db, sql: "SELECT changed_hlc, state_hlc FROM pin_credential WHERE cnic = ?", arguments: [pin.cnic.number])
        let localChanged = local.flatMap { $0["changed_hlc"] as String? }.flatMap(HLCTimestamp.init(text:))
        let localState = local.flatMap { $0["state_hlc"] as String? }.flatMap(HLCTimestamp.init(text:))
        if var credential = pin.credential, let changed = pin.changedHLC, local == nil || localChanged.map({ changed > $0 }) ?? true {
            credential.failedAttempts = pin.failedAttempts
            credential.lockedUntil = pin.lockedUntil
            try RegistryDatabase.upsertPIN(credential, cnic: pin.cnic, db: db)
            try db.execute(sql: "UPDATE pin_credential SET changed_hlc = ?, state_hlc = ? WHERE cnic = ?",
                           arguments: [changed.text, pin.stateHLC.text, pin.cnic.number])
            return true
        }
        guard local != nil, localState.map({ pin.stateHLC > $0 }) ?? true else { return false }
        try db.execute(sql: "UPDATE pin_credential SET failed_attempts = ?, locked_until = ?, state_hlc = ? WHERE cnic = ?",
                       arguments: [pin.failedAttempts, pin.lockedUntil?.timeIntervalSince1970, pin.stateHLC.text, pin.cnic.number])
        return true
    }

    /// Fills the synced trust list.
    static func applyTrust(_ change: PulledChange, db: Database) throws {
        switch change {
        case .trustedSigner(let signer):
            try db.execute(sql: "INSERT OR REPLACE INTO synced_signer (key_id, public_key, label, removed) VALUES (?, ?, ?, 0)",
                           arguments: [signer.keyID.lowercased(), signer.publicKey, signer.label])
        case .signerRemoved(let signer):
            try db.execute(sql: """
                INSERT INTO synced_signer (key_id, public_key, label, removed) VALUES (?, ?, ?, 1)
                ON CONFLICT (key_id) DO UPDATE SET removed = 1
                """, arguments: [signer.keyID.lowercased(), signer.publicKey, signer.label])
        case .passRevoked(let serial, let revokedAt):
            try db.execute(sql: "INSERT OR IGNORE INTO synced_revocation (serial, revoked_at) VALUES (?, ?)",
                           arguments: [serial, revokedAt.timeIntervalSince1970])
        case .status, .citizen, .pin:
            break
        }
    }
}
