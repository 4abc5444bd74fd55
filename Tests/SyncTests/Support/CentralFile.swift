import CentralStore
import Foundation
import Logging
import SyncProtocol

/// A real central SQLite file filled through the central's own storage (`ingest`), the way a kiosk's
/// pushes would fill it, for running `khyber-central` back-office commands against.
struct CentralFile {
    let path: String

    var databaseURL: String { "sqlite:\(path)" }

    /// A new, empty central file in `folder`.
    init(in folder: URL) {
        path = folder.appendingPathComponent("central-\(UUID().uuidString.prefix(8)).sqlite").path
    }

    /// Pushes `count` applications from `kioskID` (sequences after `firstSequence - 1`), with `serviceID`
    /// and tracking numbers starting `trackingPrefix`; returns their tracking numbers.
    @discardableResult
    func push(
        from kioskID: String, count: Int, firstSequence: Int64 = 1, serviceID: String = "domicile-certificate",
        trackingPrefix: String? = nil, fee: Int = 1500
    ) async throws -> [String] {
        let operations = try (0..<Int64(count)).map { offset in
            try Self.operation(kioskID: kioskID, sequence: firstSequence + offset, serviceID: serviceID, trackingPrefix: trackingPrefix, fee: fee)
        }
        try await withStorage { storage in
            let push = PushRequest(kioskID: kioskID, sentAt: HLCTimestamp(wallMillis: Self.baseWall + 999_000, counter: 0), operations: operations)
            _ = try await storage.ingest(push, receivedAt: Date())
        }
        return operations.map { operation in
            (try? SyncWire.decoder().decode(ApplicationSubmission.self, from: Data(operation.payload.utf8)))?.tracking ?? ""
        }
    }

    /// Opens the file with the central's storage, runs `body`, closes it.
    func withStorage(_ body: (any CentralStorage) async throws -> Void) async throws {
        var logger = Logger(label: "central-file")
        logger.logLevel = .critical
        let storage = try await CentralStorageOpener.open(url: databaseURL, logger: logger)
        do {
            try await body(storage)
        } catch {
            await storage.close()
            throw error
        }
        await storage.close()
    }

    private static let baseWall: Int64 = 1_764_072_000_000

    /// A well-formed push operation carrying one application submission (its hash matches its payload).
    static func operation(kioskID: String, sequence: Int64, serviceID: String, trackingPrefix: String?, fee: Int) throws -> PushOperation {
        let kioskNumber = kioskID.unicodeScalars.reduce(Int64(0)) { ($0 &* 31 &+ Int64($1.value)) & 0xFFFF }
        let id = String(format: "0190a1b2-%04llx-7000-8000-%012llx", kioskNumber, sequence)
        let submission = ApplicationSubmission(
            id: id, tracking: "\(trackingPrefix ?? "KPTEST001")-\(String(format: "%06lld", sequence))-X", kioskID: kioskID,
            sequence: sequence, serviceID: serviceID, serviceVersion: 1, cnic: "17301" + String(format: "%08lld", 10_000_000 + sequence),
            answers: ["purpose": "Admission to university"], fee: fee, paymentReference: "PSID-\(String(format: "%010lld", sequence))",
            status: "saved-on-kiosk", submittedAt: String(format: "2026-05-01T09:%02lld:%02lld.123Z", (sequence / 60) % 60, sequence % 60)
        )
        let payload = String(decoding: try SyncWire.encoder().encode(submission), as: UTF8.self)
        return PushOperation(
            opID: "op-\(id)", kioskID: kioskID, sequence: sequence, hlc: HLCTimestamp(wallMillis: baseWall + sequence * 1000, counter: 0),
            kind: "application.submitted", entityID: id, payload: payload, payloadSHA256: PayloadHash.sha256(payload)
        )
    }
}
