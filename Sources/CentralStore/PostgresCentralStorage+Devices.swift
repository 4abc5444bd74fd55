import Foundation
import Logging
import PostgresNIO
import SyncProtocol

extension PostgresCentralStorage {
    public func requestEnrolment(_ request: EnrolmentRequest, at instant: Date) async throws(CentralStorageError) -> EnrolmentOutcome {
        try DeviceRules.check(request)
        let now = instant.millisSince1970
        let logger = self.logger
        return try await transaction { connection in
            // One enrolment at a time (the pending bound and the approved check must not race).
            try await connection.query("LOCK TABLE device IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            let existing = try await Self.fetchDevice(connection, kioskID: request.kioskID, logger: logger)
            var pending = 0
            for try await count in try await connection.query("SELECT COUNT(*)::bigint FROM device WHERE status = 'pending'", logger: logger).decode(Int64.self) {
                pending = Int(count)
            }
            let outcome = DeviceRules.decide(request, existing: existing, pendingCount: pending, now: now)
            if case .pending(let device) = outcome { try await Self.save(connection, device, logger: logger) }
            return outcome
        }
    }

    public func device(kioskID: String) async throws(CentralStorageError) -> DeviceRecord? {
        let logger = self.logger
        return try await run { connection in try await Self.fetchDevice(connection, kioskID: kioskID, logger: logger) }
    }

    public func devices() async throws(CentralStorageError) -> [DeviceRecord] {
        let logger = self.logger
        return try await run { connection in
            try await Self.collect(try await connection.query("\(unescaped: Self.columns) ORDER BY kiosk_id", logger: logger))
        }
    }

    public func approveDevice(kioskID: String, code: String, centre: String?, districts: [Int]?, at instant: Date) async throws(CentralStorageError) -> DeviceRecord {
        let now = instant.millisSince1970
        let logger = self.logger
        return try await transaction { connection in
            let existing = try await Self.fetchDevice(connection, kioskID: kioskID, logger: logger, forUpdate: true)
            let device = try DeviceRules.approve(existing, kioskID: kioskID, code: code, centre: centre, districts: districts, now: now)
            try await Self.save(connection, device, logger: logger)
            return device
        }
    }

    public func revokeDevice(kioskID: String, at instant: Date) async throws(CentralStorageError) -> DeviceRecord {
        let now = instant.millisSince1970
        let logger = self.logger
        return try await transaction { connection in
            guard var device = try await Self.fetchDevice(connection, kioskID: kioskID, logger: logger, forUpdate: true) else {
                throw CentralStorageError.invalid("no kiosk \(kioskID) is enrolled")
            }
            device.status = .revoked
            device.decidedAtMillis = now
            try await Self.save(connection, device, logger: logger)
            return device
        }
    }

    private static let columns = """
        SELECT kiosk_id, device_public_key, issuer_public_key, centre, districts, status, code, requested_at_ms, decided_at_ms FROM device
        """

    private static func fetchDevice(_ connection: PostgresConnection, kioskID: String, logger: Logger, forUpdate: Bool = false) async throws -> DeviceRecord? {
        let lock = forUpdate ? " FOR UPDATE" : ""
        return try await collect(try await connection.query("\(unescaped: columns) WHERE kiosk_id = \(kioskID)\(unescaped: lock)", logger: logger)).first
    }

    private static func collect(_ rows: PostgresRowSequence) async throws -> [DeviceRecord] {
        var devices: [DeviceRecord] = []
        for try await (kioskID, device, issuer, centre, districts, status, code, requested, decided) in rows.decode(
            (String, String, String, String, String, String, String, Int64, Int64?).self
        ) {
            devices.append(DeviceRecord(
                kioskID: kioskID, devicePublicKey: device, issuerPublicKey: issuer, centre: centre, districts: DeviceRules.districts(districts),
                status: DeviceStatus(rawValue: status) ?? .revoked, code: code, requestedAtMillis: requested, decidedAtMillis: decided
            ))
        }
        return devices
    }

    private static func save(_ connection: PostgresConnection, _ device: DeviceRecord, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO device (kiosk_id, device_public_key, issuer_public_key, centre, districts, status, code, requested_at_ms, decided_at_ms)
            VALUES (\(device.kioskID), \(device.devicePublicKey), \(device.issuerPublicKey), \(device.centre), \(DeviceRules.districtsText(device.districts)),
                    \(device.status.rawValue), \(device.code), \(device.requestedAtMillis), \(device.decidedAtMillis))
            ON CONFLICT (kiosk_id) DO UPDATE SET device_public_key = excluded.device_public_key, issuer_public_key = excluded.issuer_public_key,
                centre = excluded.centre, districts = excluded.districts, status = excluded.status, code = excluded.code,
                requested_at_ms = excluded.requested_at_ms, decided_at_ms = excluded.decided_at_ms
            """, logger: logger)
    }
}
