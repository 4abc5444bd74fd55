import AuditTrail
import Crypto
import Foundation
import GRDB
import IdentityCore
import KioskStore
import SyntheticRegistry
import TestScheduling
import Testing

@Suite(.cpuBound) struct AuditStoreTests {
    let key = Curve25519.Signing.PrivateKey()
    let irfan = DemoCitizens.irfan.cnic
    let noon = Date(timeIntervalSince1970: 1_800_000_000)

    func registry(_ folder: TemporaryFolder, signed: Bool = true) throws -> RegistryDatabase {
        let registry = try Fixtures.seededRegistry(in: folder, count: 50)
        if signed { registry.useAuditSigner(AuditSigner(kioskID: "KP-PSH-001", privateKey: key)) }
        return registry
    }

    func kinds(_ url: URL) throws -> [String] {
        try ApplicationFixtures.rows("SELECT kind FROM outbox ORDER BY sequence", on: url).map { $0["kind"] }
    }

    @Test func settingAPINWritesTheVerifierItsOperationAndTheAuditEntryTogether() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        let credential = try PINCredential.make(pin: "4826", costLog2: 4)
        try registry.setPIN(credential, for: irfan, audit: AuditEvent(action: .pinReset, operatorID: "OP-0042", coSignerID: "SV-0007", cnic: irfan), now: noon)
        #expect(try registry.pinCredential(for: irfan)?.matches("4826") == true)
        #expect(try kinds(registry.url) == ["pin.set", "audit.entry"])
        let payloads: [String] = try ApplicationFixtures.rows("SELECT payload FROM outbox ORDER BY sequence", on: registry.url).map { $0["payload"] }
        #expect(payloads[0].contains(credential.salt.base64EncodedString()))
        #expect(!payloads[0].contains("4826"), "never the PIN")
        let entries = try registry.auditEntries()
        #expect(entries.count == 1)
        #expect(entries[0].action == "pin.reset" && entries[0].coSignerID == "SV-0007" && entries[0].citizen == irfan.masked)
        let stored: [String?] = try ApplicationFixtures.rows("SELECT citizen FROM audit_entry", on: registry.url).map { $0["citizen"] }
        #expect(stored == [irfan.masked], "the table names the citizen masked only")
        #expect(try registry.verifyAuditTrail(kioskID: "KPPSH001", publicKey: key.publicKey).firstBreak == nil)
    }

    @Test func withoutADeviceKeyNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder, signed: false)
        let credential = try PINCredential.make(pin: "4826", costLog2: 4)
        #expect(throws: RegistryError.self) {
            try registry.setPIN(credential, for: try CNIC("17301-0000000-3"), audit: AuditEvent(action: .pinActivated), now: noon)
        }
        #expect(throws: RegistryError.noAuditSigner(path: registry.url.path)) {
            try registry.setPIN(credential, for: irfan, audit: AuditEvent(action: .pinActivated), now: noon)
        }
        #expect(try registry.pinCredential(for: irfan)?.matches("4826") != true)
        #expect(try kinds(registry.url).isEmpty)
        #expect(try registry.auditEntryCount() == 0)
    }

    @Test func aFailedAuditAppendRollsBackThePIN() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        try ApplicationFixtures.execute("CREATE TRIGGER no_audit BEFORE INSERT ON audit_entry BEGIN SELECT RAISE(ABORT, 'disk trouble'); END", on: registry.url)
        #expect(throws: RegistryError.self) {
            try registry.setPIN(try PINCredential.make(pin: "4826", costLog2: 4), for: irfan, audit: AuditEvent(action: .pinActivated, cnic: irfan), now: noon)
        }
        #expect(try registry.pinCredential(for: irfan)?.matches("4826") != true)
        #expect(try kinds(registry.url).isEmpty)
    }

    @Test func aLockOutQueuesItsStateAndIsAudited() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        var credential = try #require(try registry.pinCredential(for: irfan))
        credential.failedAttempts = 3
        #expect(try registry.savePINState(credential, for: irfan, now: noon))
        #expect(try kinds(registry.url).isEmpty, "a wrong PIN alone stays local")
        credential.failedAttempts = 5
        credential.lockedUntil = noon.addingTimeInterval(900)
        #expect(try registry.savePINState(credential, for: irfan, now: noon))
        #expect(try kinds(registry.url) == ["pin.state", "audit.entry"])
        #expect(try registry.auditEntries().map(\.action) == ["citizen.locked-out"])
        credential.failedAttempts = 0
        credential.lockedUntil = nil
        #expect(try registry.savePINState(credential, for: irfan, now: noon.addingTimeInterval(60)))
        #expect(try kinds(registry.url) == ["pin.state", "audit.entry", "pin.state"], "lifting a running lock syncs too")
    }

    @Test func revokingAPassQueuesTheRevocationWithItsAuditEntry() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        let pass = try registry.issuePass(to: irfan, issuedOn: CalendarDate(year: 2026, month: 1, day: 1)!, expiresOn: CalendarDate(year: 2031, month: 1, day: 1)!, keyID: "7") { "PASS-\($0)" }
        let issuer = Data(repeating: 9, count: 32)
        #expect(try registry.revokePass(serial: pass.serial, at: noon, issuer: issuer, audit: AuditEvent(action: .passRevoked, operatorID: "OP-0042", cnic: irfan)))
        #expect(try registry.revokePass(serial: pass.serial, at: noon, audit: AuditEvent(action: .passRevoked)) == false)
        #expect(try kinds(registry.url) == ["pass.revoked", "audit.entry"])
        #expect(try registry.auditEntries().first?.detail["serial"] == String(pass.serial))
        let payload: String = try #require(try ApplicationFixtures.rows("SELECT payload FROM outbox WHERE kind = 'pass.revoked'", on: registry.url).first?["payload"])
        #expect(payload.contains(issuer.base64EncodedString()))
    }

    @Test func anAssistedApplicationCarriesTheOperatorAndIsAudited() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        let submitter = ApplicationSubmitter(registry: registry, kioskID: "KP-PSH-001")
        let receipt = try submitter.submit(ApplicationFixtures.draft(irfan), service: ApplicationFixtures.service(), now: noon, assistedBy: "OP-0042")
        #expect(try kinds(registry.url) == ["application.submitted", "audit.entry"])
        let payload: String = try #require(try ApplicationFixtures.rows("SELECT payload FROM outbox WHERE kind = 'application.submitted'", on: registry.url).first?["payload"])
        #expect(payload.contains("\"assistedBy\":\"OP-0042\""))
        let entry = try #require(try registry.auditEntries().first)
        #expect(entry.action == "application.assisted" && entry.operatorID == "OP-0042" && entry.detail["tracking"] == receipt.tracking)
        _ = try submitter.submit(ApplicationFixtures.draft(irfan), service: ApplicationFixtures.service(), now: noon)
        let plain: String = try #require(try ApplicationFixtures.rows("SELECT payload FROM outbox WHERE kind = 'application.submitted' ORDER BY sequence DESC", on: registry.url).first?["payload"])
        #expect(!plain.contains("assistedBy"), "a citizen's own application keeps the old bytes")
    }

    @Test func tamperingWithACopyIsNamed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        for index in 1...30 {
            try registry.appendAudit(AuditEvent(action: .cardChecked, operatorID: "OP-\(index)", cnic: irfan), now: noon.addingTimeInterval(Double(index)))
        }
        #expect(try registry.verifyAuditTrail(kioskID: "KPPSH001", publicKey: key.publicKey) == AuditTrailReport(entries: 30, firstBreak: nil))
        try registry.close()
        let cases: [(String, AuditChainBreak)] = [
            ("DELETE FROM audit_entry WHERE seq = 12", .missing(first: 12, last: 12)),
            ("UPDATE audit_entry SET operator_id = 'OP-9999' WHERE seq = 12", .changed(index: 12)),
            ("""
             UPDATE audit_entry SET at_ms = (SELECT at_ms FROM audit_entry b WHERE b.seq = 25 - audit_entry.seq),
               operator_id = (SELECT operator_id FROM audit_entry b WHERE b.seq = 25 - audit_entry.seq),
               previous = (SELECT previous FROM audit_entry b WHERE b.seq = 25 - audit_entry.seq),
               hash = (SELECT hash FROM audit_entry b WHERE b.seq = 25 - audit_entry.seq),
               signature = (SELECT signature FROM audit_entry b WHERE b.seq = 25 - audit_entry.seq)
             WHERE seq IN (12, 13)
             """, .outOfPlace(index: 12, signedAs: 13)),
            ("DELETE FROM audit_entry WHERE seq > 28", .truncated(last: 28, expected: 30)),
        ]
        for (index, (sql, expected)) in cases.enumerated() {
            let copy = folder.file("copy-\(index).sqlite")
            try FileManager.default.copyItem(at: registry.url, to: copy)
            try ApplicationFixtures.execute(sql, on: copy)
            let opened = try RegistryDatabase(url: copy)
            #expect(try opened.verifyAuditTrail(kioskID: "KPPSH001", publicKey: key.publicKey).firstBreak == expected, "\(sql)")
            try opened.close()
        }
    }
}
