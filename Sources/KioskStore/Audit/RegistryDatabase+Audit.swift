import AuditTrail
import Crypto
import Foundation
import GRDB
import IdentityCore
import KhyberVocabulary

extension RegistryDatabase {
    /// Seals this registry's audit entries with `signer` (the kiosk's id and device key) from now on.
    /// Until it is called, every change that must be audited is refused with `.noAuditSigner`.
    public func useAuditSigner(_ signer: AuditSigner) {
        auditSignerSlot.set(signer)
    }

    /// The signer set by `useAuditSigner`, if any.
    public var auditSigner: AuditSigner? { auditSignerSlot.current }

    /// Appends one audit entry (and its `audit.entry` outbox operation) in its own transaction.
    @discardableResult
    public func appendAudit(_ event: AuditEvent, now: Date = Date()) throws(RegistryError) -> AuditEntry {
        let signer = try requireAuditSigner()
        let path = self.path
        return try write { db in try AuditLedger.append(event, signer: signer, now: now, path: path, db: db) }
    }

    /// Appends several entries in ONE transaction, in order (bulk loads and the benchmark).
    public func appendAudit(_ events: [AuditEvent], now: Date = Date()) throws(RegistryError) {
        let signer = try requireAuditSigner()
        let path = self.path
        try write { db in
            for event in events { _ = try AuditLedger.append(event, signer: signer, now: now, path: path, db: db) }
        }
    }

    /// Sets or resets a citizen's PIN in ONE transaction: the verifier (try count and lock cleared as
    /// `credential` has them), a `pin.set` outbox operation carrying the verifier only (never the PIN), and
    /// the audit entry `audit` (e.g. `pin.activated`, `pin.reset` with the co-signer).
    public func setPIN(_ credential: PINCredential, for cnic: CNIC, audit: AuditEvent, now: Date = Date()) throws(RegistryError) {
        let signer = try requireAuditSigner()
        let path = self.path
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM citizen WHERE cnic = ?", arguments: [cnic.number]) == true else {
                throw RegistryError.unknownCitizen(path: path, cnic: cnic.masked)
            }
            let hlc = try KioskClock.tick(wallMillis: Self.millis(now), db: db)
            try RegistryDatabase.upsertPIN(credential, cnic: cnic, db: db)
            try db.execute(sql: "UPDATE pin_credential SET changed_hlc = ?, state_hlc = ? WHERE cnic = ?", arguments: [hlc.text, hlc.text, cnic.number])
            let payload = try PINChangePayload(cnic: cnic, credential: credential, withVerifier: true, hlc: hlc.text).encoded()
            try OutboxAppend.append(
                kind: .pinSet, entityID: PINChangePayload.entity(cnic), payload: payload, kioskID: signer.kioskID, now: now, path: path, db: db, hlc: hlc
            )
            _ = try AuditLedger.append(audit, signer: signer, now: now, path: path, db: db)
        }
    }

    /// Marks a pass revoked in ONE transaction with its `pass.revoked` outbox operation (so the central's
    /// next trust bundle draft lists it, per issuer and serial) and the audit entry `audit`. `issuer` is
    /// the raw public key that signed the pass, when known. False (nothing written) when there is no such
    /// pass or it was already revoked.
    @discardableResult
    public func revokePass(serial: Int64, at instant: Date, issuer: Data? = nil, audit: AuditEvent) throws(RegistryError) -> Bool {
        let signer = try requireAuditSigner()
        let path = self.path
        return try write { db in
            guard let holder = try Int64.fetchOne(db, sql: "SELECT cnic FROM pass WHERE serial = ? AND revoked_at IS NULL", arguments: [serial]) else {
                return false
            }
            try db.execute(sql: "UPDATE pass SET revoked_at = ? WHERE serial = ?", arguments: [instant.timeIntervalSince1970, serial])
            let payload = try JSONEncoder.sorted.encode(PassRevocationPayload(
                serial: serial, issuer: issuer?.base64EncodedString(), revokedAtMillis: Self.millis(instant),
                cnic: CNIC(number: holder)?.digits ?? String(holder)
            ))
            try OutboxAppend.append(kind: .passRevoked, entityID: "pass:\(serial)", payload: payload, kioskID: signer.kioskID, now: instant, path: path, db: db)
            var event = audit
            if event.detail["serial"] == nil { event.detail["serial"] = String(serial) }
            _ = try AuditLedger.append(event, signer: signer, now: instant, path: path, db: db)
            return true
        }
    }

    /// Every audit entry, in index order.
    public func auditEntries() throws(RegistryError) -> [AuditEntry] {
        try read { db in try AuditEntryRow.fetchAll(db, sql: AuditEntryRow.select + " ORDER BY seq").map(\.entry) }
    }

    /// How many audit entries are stored.
    public func auditEntryCount() throws(RegistryError) -> Int {
        try readSingleStatement { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_entry") ?? 0 }
    }

    /// Walks the whole audit trail against `publicKey` (the device key's), streaming the rows, and names
    /// the first break — including entries cut off the end while their outbox operations remain.
    public func verifyAuditTrail(kioskID: String, publicKey: Curve25519.Signing.PublicKey) throws(RegistryError) -> AuditTrailReport {
        let kioskID = Self.canonicalKioskID(kioskID)
        return try read { db in
            var verifier = AuditChainVerifier(kioskID: kioskID, publicKey: publicKey)
            let cursor = try AuditEntryRow.fetchCursor(db, sql: AuditEntryRow.select + " ORDER BY seq")
            var count = 0
            while let row = try cursor.next() {
                count += 1
                if verifier.check(row.entry) != nil { break }
            }
            let queued = try String.fetchAll(db, sql: "SELECT entity_id FROM outbox WHERE kind = ? AND kiosk_id = ?",
                                             arguments: [OperationKind.auditEntry.rawValue, kioskID])
                .compactMap { Int64($0.dropFirst("audit:".count)) }.max()
            return AuditTrailReport(entries: count, firstBreak: verifier.finish(expectedLast: queued))
        }
    }

    func requireAuditSigner() throws(RegistryError) -> AuditSigner {
        guard let signer = auditSignerSlot.current else { throw .noAuditSigner(path: path) }
        return signer
    }
}

/// What `verifyAuditTrail` found: how many entries it read and the first break, if any.
public struct AuditTrailReport: Hashable, Sendable {
    public var entries: Int
    public var firstBreak: AuditChainBreak?

    public init(entries: Int, firstBreak: AuditChainBreak?) {
        self.entries = entries
        self.firstBreak = firstBreak
    }
}
