import Foundation
import GRDB
import KhyberVocabulary
import OperatorAccounts

/// One operator's state at this kiosk: wrong tries in a row, the lock, a verifier set here.
public struct LocalOperatorState: Hashable, Sendable {
    public var failedAttempts: Int
    public var lockedUntil: Date?
    /// A verifier set at this kiosk (newer than the bundle's until the next bundle carries it), if any.
    public var credential: OperatorCredential?

    public init(failedAttempts: Int = 0, lockedUntil: Date? = nil, credential: OperatorCredential? = nil) {
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
        self.credential = credential
    }
}

extension RegistryDatabase {
    /// The state of `operatorID` at this kiosk (zero tries, no lock, no verifier when none is stored).
    public func localOperatorState(_ operatorID: String) throws(RegistryError) -> LocalOperatorState {
        try read { db in
            var state = LocalOperatorState()
            if let row = try Row.fetchOne(db, sql: "SELECT failed_attempts, locked_until FROM operator_attempt WHERE operator_id = ?", arguments: [operatorID]) {
                state.failedAttempts = row["failed_attempts"]
                state.lockedUntil = (row["locked_until"] as Double?).map(Date.init(timeIntervalSince1970:))
            }
            state.credential = try Row.fetchOne(
                db, sql: "SELECT kind, hash, salt, cost, version, set_at, set_by FROM operator_local_credential WHERE operator_id = ?",
                arguments: [operatorID]
            ).flatMap { row in
                // A kind this build does not know is no verifier at all (the bundle's stays in force).
                OperatorCredential.Kind(rawValue: row["kind"]).map { kind in
                    OperatorCredential(
                        kind: kind, hash: row["hash"], salt: row["salt"], costLog2: row["cost"], version: row["version"],
                        setAt: Date(timeIntervalSince1970: row["set_at"]), setBy: row["set_by"])
                }
            }
            return state
        }
    }

    /// Records an operator's wrong tries and lock at this kiosk (zero tries and no lock remove the row).
    public func recordOperatorAttempts(_ operatorID: String, failedAttempts: Int, lockedUntil: Date?) throws(RegistryError) {
        try write { db in
            if failedAttempts == 0 && lockedUntil == nil {
                try db.execute(sql: "DELETE FROM operator_attempt WHERE operator_id = ?", arguments: [operatorID])
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO operator_attempt (operator_id, failed_attempts, locked_until) VALUES (?, ?, ?)
                        ON CONFLICT (operator_id) DO UPDATE SET failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until
                        """,
                    arguments: [operatorID, max(0, failedAttempts), lockedUntil?.timeIntervalSince1970])
            }
        }
    }

    /// Stores a verifier of `operatorID` (of `centre`) set at this kiosk AND queues its `operator.credential`
    /// operation (the verifier only) in ONE transaction; clears the operator's wrong tries. Returns the
    /// operation's id.
    @discardableResult
    public func storeOperatorCredential(
        _ credential: OperatorCredential, operatorID: String, centre: String, kioskID claimedKioskID: String, now: Date,
        ids: ApplicationIDSource = .uuidV7
    ) throws(RegistryError) -> String {
        let opID = ids.next(now)
        let path = self.path
        let kioskID = Self.canonicalKioskID(claimedKioskID)
        guard Self.isUsableKioskID(claimedKioskID), kioskID == claimedKioskID else {
            throw .storage(path: path, reason: "kiosk id \(claimedKioskID.prefix(40)) is not a canonical kiosk id")
        }
        let payload = OperatorCredentialPayload(
            operatorID: operatorID, centre: centre, kind: credential.kind.rawValue, hash: credential.hash.base64EncodedString(),
            salt: credential.salt.base64EncodedString(), costLog2: credential.costLog2, version: credential.version,
            setAt: OperatorCredentialPayload.timestamp(credential.setAt), kioskID: kioskID)
        let data: Data
        do { data = try payload.encoded() } catch { throw .storage(path: path, reason: "cannot encode the operator credential: \(error)") }
        let text = String(decoding: data, as: UTF8.self)
        return try write { db in
            try db.execute(
                sql: """
                    INSERT INTO operator_local_credential (operator_id, kind, hash, salt, cost, version, set_at, set_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (operator_id) DO UPDATE SET kind = excluded.kind, hash = excluded.hash, salt = excluded.salt,
                        cost = excluded.cost, version = excluded.version, set_at = excluded.set_at, set_by = excluded.set_by
                    """,
                arguments: [
                    operatorID, credential.kind.rawValue, credential.hash, credential.salt, credential.costLog2, credential.version,
                    credential.setAt.timeIntervalSince1970, credential.setBy,
                ])
            try db.execute(sql: "DELETE FROM operator_attempt WHERE operator_id = ?", arguments: [operatorID])
            let sequence = try ApplicationInsert.nextSequence(kioskID: kioskID, path: path, db: db)
            let instant = now.timeIntervalSince1970
            let hlc = try KioskClock.tick(wallMillis: Int64((instant * 1000).rounded(.down)), db: db)
            try db.execute(
                sql: """
                    INSERT INTO outbox (op_id, kiosk_id, sequence, kind, entity_id, payload, payload_sha256, created_at, hlc)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    opID, kioskID, sequence, OperationKind.operatorCredential.rawValue, operatorID, text, ApplicationPayload.sha256(data),
                    instant, hlc.text,
                ])
            return opID
        }
    }
}
