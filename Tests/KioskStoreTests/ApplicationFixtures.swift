import Foundation
import GRDB
import IdentityCore
import KioskStore
import Services

/// Service definitions and raw-row reads for the application tests.
enum ApplicationFixtures {
    /// A small service in code (decoded, as ServiceDefinition has no public memberwise init): one
    /// prefilled name, one required text, one choice that picks the fee.
    static func service(id: String = "test-certificate", version: Int = 1) -> ServiceDefinition {
        let json = """
        {"format": 1, "id": "\(id)", "version": \(version),
         "title": {"en": "Test certificate", "ur": "ٹیسٹ سرٹیفکیٹ"},
         "summary": {"en": "A certificate for tests.", "ur": "ٹیسٹ"},
         "eligibility": {"minimumAge": null, "khyberPakhtunkhwaOnly": false},
         "fee": {"amount": 200, "byField": "speed", "byChoice": {"normal": 200, "urgent": 500},
                 "payment": {"en": "Challan at the bank", "ur": "بینک چالان"}},
         "processing": {"minimumWorkingDays": 5, "maximumWorkingDays": 7},
         "documents": [{"en": "CNIC copy", "ur": "شناختی کارڈ کی کاپی"}],
         "collection": {"en": "Deputy Commissioner's office", "ur": "ڈپٹی کمشنر آفس"},
         "steps": [{"id": "about", "title": {"en": "About you", "ur": "آپ"}, "fields": [
            {"id": "name", "label": {"en": "Name", "ur": "نام"}, "kind": "text", "required": true, "prefill": "name"},
            {"id": "purpose", "label": {"en": "Purpose", "ur": "مقصد"}, "kind": "text", "required": true, "maximumLength": 60},
            {"id": "speed", "label": {"en": "Speed", "ur": "رفتار"}, "kind": "choice", "required": true,
             "options": [{"value": "normal", "label": {"en": "Normal", "ur": "عام"}}, {"value": "urgent", "label": {"en": "Urgent", "ur": "فوری"}}]}
         ]}],
         "rules": []}
        """
        return try! JSONDecoder().decode(ServiceDefinition.self, from: Data(json.utf8))
    }

    /// The catalog holding `service()`.
    static var catalog: ServiceCatalog { ServiceCatalog(services: [service()]) }

    /// A valid draft for the demo citizen Irfan.
    static func draft(_ cnic: CNIC = try! CNIC("17301-1234567-1"), version: Int = 1, speed: String = "normal") -> ApplicationDraft {
        ApplicationDraft(serviceID: "test-certificate", serviceVersion: version, cnic: cnic,
                         answers: ["name": "Muhammad Irfan Khan", "purpose": "Admission", "speed": speed])
    }

    /// Counts of the three tables, read straight from the file.
    static func counts(_ url: URL) throws -> (applications: Int, outbox: Int, sequences: Int) {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        return try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM application") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM kiosk_sequence") ?? -1)
        }
    }

    /// Runs `sql` on the file through a connection of its own (triggers for failure injection).
    static func execute(_ sql: String, on url: URL) throws {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        try queue.write { db in try db.execute(sql: sql) }
    }

    /// Rows of a query on the file.
    static func rows(_ sql: String, on url: URL) throws -> [Row] {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        return try queue.read { db in try Row.fetchAll(db, sql: sql) }
    }
}
