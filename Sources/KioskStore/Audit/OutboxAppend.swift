import Foundation
import GRDB
import KhyberVocabulary

/// Appends one non-application outbox operation inside the caller's transaction: the kiosk's next
/// sequence number, a fresh op id, a clock reading, the payload and its hash. Returns the clock reading.
enum OutboxAppend {
    @discardableResult
    static func append(
        kind: OperationKind, entityID: String, payload: Data, kioskID: String, now: Date, path: String, db: Database,
        hlc: HLCTimestamp? = nil
    ) throws -> HLCTimestamp {
        let sequence = try ApplicationInsert.nextSequence(kioskID: kioskID, path: path, db: db)
        let instant = now.timeIntervalSince1970
        let reading = try hlc ?? KioskClock.tick(wallMillis: RegistryDatabase.millis(now), db: db)
        try db.cachedStatement(sql: """
            INSERT INTO outbox (op_id, kiosk_id, sequence, kind, entity_id, payload, payload_sha256, created_at, hlc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                ApplicationIDSource.uuidV7.next(now), kioskID, sequence, kind.rawValue, entityID,
                String(decoding: payload, as: UTF8.self), ApplicationPayload.sha256(payload), instant, reading.text,
            ])
        return reading
    }
}
