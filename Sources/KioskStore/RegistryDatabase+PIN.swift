import AuditTrail
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
    ///
    /// When the save locks the citizen out (or lifts a lock that was still running), the same transaction
    /// queues a `pin.state` outbox operation, so the lock holds at every kiosk of the citizen's district,
    /// and — for a lock-out — appends the `citizen.locked-out` audit entry. A registry without an audit
    /// signer (no device key yet) keeps the lock local.
    @discardableResult
    public func savePINState(_ credential: PINCredential, for cnic: CNIC, now: Date = Date()) throws(RegistryError) -> Bool {
        let signer = auditSignerSlot.current
        let path = self.path
        return try write { db in
            let before = try Double?.fetchOne(db.cachedStatement(sql: "SELECT locked_until FROM pin_credential WHERE cnic = ?"), arguments: [cnic.number])
            let statement = try db.cachedStatement(sql: "UPDATE pin_credential SET failed_attempts = ?, locked_until = ? WHERE cnic = ?")
            statement.setUncheckedArguments([
                credential.failedAttempts, credential.lockedUntil?.timeIntervalSince1970, cnic.number,
            ])
            try statement.execute()
            guard db.changesCount == 1 else { return false }
            let wasLocked = (before ?? nil).map { $0 > now.timeIntervalSince1970 } ?? false
            let isLocked = credential.lockedUntil.map { $0 > now } ?? false
            if wasLocked != isLocked, let signer {
                let hlc = try KioskClock.tick(wallMillis: Self.millis(now), db: db)
                try db.execute(sql: "UPDATE pin_credential SET state_hlc = ? WHERE cnic = ?", arguments: [hlc.text, cnic.number])
                let payload = try PINChangePayload(cnic: cnic, credential: credential, withVerifier: false, hlc: hlc.text).encoded()
                try OutboxAppend.append(
                    kind: .pinState, entityID: PINChangePayload.entity(cnic), payload: payload, kioskID: signer.kioskID, now: now, path: path, db: db, hlc: hlc
                )
                if isLocked, let until = credential.lockedUntil {
                    let event = AuditEvent(
                        action: .citizenLockedOut, cnic: cnic,
                        detail: ["failedAttempts": String(credential.failedAttempts), "until": until.formatted(.iso8601)]
                    )
                    _ = try AuditLedger.append(event, signer: signer, now: now, path: path, db: db)
                }
            }
            return true
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
