import AuditTrail
import Crypto
import Foundation
import GRDB
import IdentityCore
import KioskStore
import SyncProtocol

/// What the audit and PIN sync tests do to simulated kiosks and centrals.
enum AuditedKiosk {
    static let irfan = try! CNIC("17301-1234567-1")

    /// Seals `kiosk`'s audit entries with its own device key.
    static func attachSigner(_ kiosk: SimulatedKiosk) {
        kiosk.registry.useAuditSigner(AuditSigner(kioskID: kiosk.canonicalID, privateKey: kiosk.keys.device))
    }

    /// Imports the demo citizen Irfan (district 173) into the central's registry: PIN changes are filed
    /// only for citizens the central knows.
    static func importIrfan(_ central: CentralServer, root: URL) throws {
        let record = RegistryRecord(
            cnic: irfan.digits, nameLatin: "Muhammad Irfan Khan", nameUrdu: "محمد عرفان خان", guardianLatin: "Gul Khan",
            guardianUrdu: "گل خان", guardianRelation: "s/o", gender: "male", birthDate: "1985-03-14", districtCode: 173,
            tehsil: "Peshawar City", address: "House 12, Street 4, Hayatabad Phase 3", mobile: "03001234567", version: 1
        )
        let lines = root.appendingPathComponent("irfan.jsonl")
        try (String(decoding: try SyncWire.encoder().encode(record), as: UTF8.self) + "\n").write(to: lines, atomically: true, encoding: .utf8)
        let imported = try central.command(["registry", "import", lines.path])
        guard imported.status == 0 else { throw SyncTestError("registry import failed: \(imported.stderr)") }
    }

    /// Rewrites the outbox payload of audit entry `index` in a kiosk's database file as `change` says, with
    /// a payload hash that matches again — what an operator who edits the file before a sync would do.
    static func rewriteQueuedEntry(_ index: Int64, in file: URL, _ change: (inout AuditEntry) -> Void) throws {
        let queue = try DatabaseQueue(path: file.path)
        defer { try? queue.close() }
        try queue.write { db in
            guard let text = try String.fetchOne(db, sql: "SELECT payload FROM outbox WHERE entity_id = ?", arguments: ["audit:\(index)"]),
                  var payload = AuditEntryOperation.decode(text) else { throw SyncTestError("no queued audit entry \(index)") }
            change(&payload.entry)
            let data = try payload.encoded()
            let hash = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            try db.execute(sql: "UPDATE outbox SET payload = ?, payload_sha256 = ? WHERE entity_id = ?",
                           arguments: [String(decoding: data, as: UTF8.self), hash, "audit:\(index)"])
        }
    }

    /// Runs SQL on a database file through a connection of its own.
    static func execute(_ sql: String, on file: URL) throws {
        let queue = try DatabaseQueue(path: file.path)
        defer { try? queue.close() }
        try queue.write { db in try db.execute(sql: sql) }
    }

    /// Copies a kiosk's folder (registry and keys) after closing its registry; returns the copy's folder.
    static func copyFolder(of kiosk: SimulatedKiosk, to name: String, in root: URL) throws -> URL {
        try kiosk.registry.close()
        let copy = root.appendingPathComponent(name)
        try FileManager.default.copyItem(at: kiosk.folder, to: copy)
        return copy
    }
}
