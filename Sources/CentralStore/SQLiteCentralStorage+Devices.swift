import Foundation
import GRDB
import SyncProtocol

extension SQLiteCentralStorage {
    public func requestEnrolment(_ request: EnrolmentRequest, at instant: Date) async throws(CentralStorageError) -> EnrolmentOutcome {
        try DeviceRules.check(request)
        let now = instant.millisSince1970
        return try await write { db in
            let existing = try Self.fetchDevice(db, kioskID: request.kioskID)
            let pending = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM device WHERE status = 'pending'") ?? 0
            let outcome = DeviceRules.decide(request, existing: existing, pendingCount: pending, now: now)
            if case .pending(let device) = outcome { try Self.save(db, device) }
            return outcome
        }
    }

    public func device(kioskID: String) async throws(CentralStorageError) -> DeviceRecord? {
        try await read { db in try Self.fetchDevice(db, kioskID: kioskID) }
    }

    public func devices() async throws(CentralStorageError) -> [DeviceRecord] {
        try await read { db in try Row.fetchAll(db, sql: "SELECT * FROM device ORDER BY kiosk_id").map(Self.device) }
    }

    public func approveDevice(kioskID: String, code: String, centre: String?, districts: [Int]?, at instant: Date) async throws(CentralStorageError) -> DeviceRecord {
        let now = instant.millisSince1970
        return try await write { db in
            let device = try DeviceRules.approve(try Self.fetchDevice(db, kioskID: kioskID), kioskID: kioskID, code: code, centre: centre, districts: districts, now: now)
            try Self.save(db, device)
            return device
        }
    }

    public func revokeDevice(kioskID: String, at instant: Date) async throws(CentralStorageError) -> DeviceRecord {
        let now = instant.millisSince1970
        return try await write { db in
            guard var device = try Self.fetchDevice(db, kioskID: kioskID) else { throw CentralStorageError.invalid("no kiosk \(kioskID) is enrolled") }
            device.status = .revoked
            device.decidedAtMillis = now
            try Self.save(db, device)
            return device
        }
    }

    private static func fetchDevice(_ db: Database, kioskID: String) throws -> DeviceRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM device WHERE kiosk_id = ?", arguments: [kioskID]).map(device)
    }

    private static func save(_ db: Database, _ device: DeviceRecord) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO device (kiosk_id, device_public_key, issuer_public_key, centre, districts, status, code, requested_at_ms, decided_at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                device.kioskID, device.devicePublicKey, device.issuerPublicKey, device.centre, DeviceRules.districtsText(device.districts),
                device.status.rawValue, device.code, device.requestedAtMillis, device.decidedAtMillis,
            ])
    }

    private static func device(_ row: Row) -> DeviceRecord {
        DeviceRecord(
            kioskID: row["kiosk_id"], devicePublicKey: row["device_public_key"], issuerPublicKey: row["issuer_public_key"], centre: row["centre"],
            districts: DeviceRules.districts(row["districts"]), status: DeviceStatus(rawValue: row["status"]) ?? .revoked, code: row["code"],
            requestedAtMillis: row["requested_at_ms"], decidedAtMillis: row["decided_at_ms"]
        )
    }
}
