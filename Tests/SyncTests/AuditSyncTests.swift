import AuditTrail
import ChildProcesses
import Foundation
import IdentityCore
import KioskStore
import KioskSync
import Services
import SyntheticRegistry
import SyncProtocol
import TestScheduling
import Testing

/// Issue 11 §3 and §4 end to end through a real central process: a PIN set at one kiosk works at another
/// kiosk of the citizen's district; lock-outs travel the same way; audit chains arrive whole, and every
/// kind of tampering is named by both verifiers.
@Suite("Audit trail and PIN sync", .serialized, .offCooperativePool)
struct AuditSyncTests {
    let irfan = AuditedKiosk.irfan

    @Test(arguments: StorageBackend.allCases)
    func aPINSetAtOneKioskWorksAtAnotherOfTheDistrictAndALockOutFollows(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        try AuditedKiosk.importIrfan(central, root: root)
        let kioskA = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: root)
        let kioskB = try SimulatedKiosk.make("KP-PSH-002", applications: 0, in: root)
        AuditedKiosk.attachSigner(kioskA)
        AuditedKiosk.attachSigner(kioskB)
        #expect(try kioskB.registry.pinCredential(for: irfan)?.matches("4826") == false, "B starts with the demo PIN")

        let event = AuditEvent(action: .pinReset, operatorID: "OP-0042", coSignerID: "SV-0007", cnic: irfan)
        try kioskA.registry.setPIN(try PINCredential.make(pin: "4826"), for: irfan, audit: event)
        let (engineA, transportA) = try await kioskA.engine(central.url, districts: [173])
        let pushed = await engineA.syncOnce()
        #expect(pushed.completed && pushed.acknowledgements.accepted == 2, "\(pushed)")

        let (engineB, transportB) = try await kioskB.engine(central.url, districts: [173])
        let pulled = await engineB.syncOnce()
        #expect(pulled.completed && pulled.pulled.pins == 1, "\(pulled)")
        let atB = try #require(try kioskB.registry.pinCredential(for: irfan))
        #expect(atB.matches("4826"), "the citizen signs in at kiosk B with the PIN set at kiosk A")

        // Five wrong PINs at B lock the citizen out there; the lock reaches A.
        var credential: PINCredential? = atB
        let now = Date()
        for _ in 1...5 {
            let (_, updated) = PINPolicy().check("0000", against: credential, now: now)
            if let updated { try kioskB.registry.savePINState(updated, for: irfan, now: now) }
            credential = updated
        }
        #expect(try kioskB.registry.pinCredential(for: irfan)?.lockedUntil.map { $0 > now } == true)
        let lockPushed = await engineB.syncOnce()
        #expect(lockPushed.completed && lockPushed.acknowledgements.accepted == 2, "pin.state and citizen.locked-out: \(lockPushed)")
        let lockPulled = await engineA.syncOnce()
        #expect(lockPulled.pulled.pins == 1, "\(lockPulled)")
        #expect(try kioskA.registry.pinCredential(for: irfan)?.lockedUntil.map { $0 > now } == true, "locked at A too")
        #expect(try kioskA.registry.pinCredential(for: irfan)?.matches("4826") == true, "the verifier stays")
        await transportA.shutdown()
        await transportB.shutdown()

        // Who touched Irfan's account: both kiosks, masked, with the operator and the co-signer.
        let listed = try central.command(["audit", "list", "--cnic", "17301-1234567-1", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("\"action\" : \"pin.reset\"") || listed.stdout.contains("\"action\":\"pin.reset\""), "\(listed.stdout)")
        #expect(listed.stdout.contains("citizen.locked-out") && listed.stdout.contains("KPPSH002") && listed.stdout.contains("SV-0007"))
        #expect(!listed.stdout.contains("1234567-1") && !listed.stdout.contains("1730112345671"), "entries name the citizen masked only")
        let table = try central.command(["audit", "list", "--cnic", "17301-1234567-1"])
        #expect(table.stdout.contains("OP-0042, co-signed SV-0007") && table.stdout.contains("KPPSH001"), "\(table.stdout)")
        let nobody = try central.command(["audit", "list", "--cnic", "17301-7654321-3"])
        #expect(nobody.stdout.contains("No audit entries name this citizen"), "\(nobody.stdout)")
        let verified = try central.command(["audit", "verify"])
        #expect(verified.status == 0 && verified.stdout.contains("KPPSH001: intact, 1 entries") && verified.stdout.contains("KPPSH002: intact, 1 entries"),
                "\(verified.stdout)\(verified.stderr)")
    }

    @Test func aPINSetFromAKioskWithoutTheCitizensDistrictIsRefused() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        try AuditedKiosk.importIrfan(central, root: root)
        let mardan = try SimulatedKiosk.make("KP-MRD-003", applications: 0, in: root)
        AuditedKiosk.attachSigner(mardan)
        try await TestEnrolment.enrol(mardan, at: central.url, databaseURL: central.databaseURL, districts: [161])
        try mardan.registry.setPIN(try PINCredential.make(pin: "4826"), for: irfan, audit: AuditEvent(action: .pinReset, operatorID: "OP-0099", cnic: irfan))
        let transport = try mardan.transport(central.url)
        let engine = SyncEngine(registry: mardan.registry, transport: transport, settings: .init(batchSize: 50, districts: [161]))
        await engine.setKioskID(mardan.kioskID)
        let report = await engine.syncOnce()
        await transport.shutdown()
        #expect(report.acknowledgements.rejected == 1 && report.acknowledgements.accepted == 1, "the audit entry is filed, the PIN refused: \(report)")
        let failed = try mardan.registry.failedOperations()
        #expect(failed.count == 1 && failed[0].reason.contains("not enrolled for district 173"), "\(failed)")

        // No kiosk of district 173 receives it.
        let peshawar = try SimulatedKiosk.make("KP-PSH-004", applications: 0, in: root)
        let (peshawarEngine, peshawarTransport) = try await peshawar.engine(central.url, districts: [173])
        let pulled = await peshawarEngine.syncOnce()
        await peshawarTransport.shutdown()
        #expect(pulled.pulled.pins == 0)
        #expect(try peshawar.registry.pinCredential(for: irfan)?.matches("4826") == false)
    }

    /// 1,000 mixed actions, synced in batches, verify at the central; an assisted application's operator
    /// reaches `applications list --json`; a copy of the kiosk that goes on writing shows as a fork.
    @Test(arguments: StorageBackend.allCases)
    func aThousandMixedActionsVerifyAtTheCentralAndAForkIsReported(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        try AuditedKiosk.importIrfan(central, root: root)
        var kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: root)
        AuditedKiosk.attachSigner(kiosk)
        let citizen = try #require(try kiosk.registry.citizen(irfan))
        let today = CalendarDate(pakistanDayOf: Date())
        let service = try #require(SimulatedKiosk.services.first { EligibilityCheck.reason(service: $0, citizen: citizen, today: today) == nil })
        var random = SplitMix64(seed: 11)
        let answers = try #require(ApplicationSeeder.sampleAnswers(
            for: service, citizen: citizen, districts: SimulatedKiosk.districts, today: today, using: &random
        ))

        func act(_ number: Int, on kiosk: SimulatedKiosk) throws {
            let registry = kiosk.registry
            switch number % 10 {
            case 0:
                try registry.setPIN(try PINCredential.make(pin: "4826", costLog2: 4), for: irfan,
                                    audit: AuditEvent(action: .pinReset, operatorID: "OP-1", coSignerID: "SV-1", cnic: irfan))
            case 1:
                let pass = try registry.issuePass(
                    to: irfan, issuedOn: CalendarDate(year: 2026, month: 1, day: 1)!, expiresOn: CalendarDate(year: 2031, month: 1, day: 1)!, keyID: "7"
                ) { "PASS-\($0)" }
                try registry.revokePass(serial: pass.serial, at: Date(), audit: AuditEvent(action: .passRevoked, operatorID: "OP-2", cnic: irfan))
            default:
                let actions: [AuditAction] = [.operatorSignedIn, .cardChecked, .pinActivated, .passIssued, .outboxRetried, .operatorSignedOut]
                try registry.appendAudit(AuditEvent(action: actions[number % actions.count], operatorID: "OP-\(number % 3)", cnic: irfan,
                                                    detail: ["n": String(number)]))
            }
        }
        let draft = ApplicationDraft(serviceID: service.id, serviceVersion: service.version, cnic: irfan, answers: answers)
        let receipt = try ApplicationSubmitter(registry: kiosk.registry, kioskID: kiosk.kioskID)
            .submit(draft, service: service, now: Date(), assistedBy: "OP-0042")
        let assistedTracking = receipt.tracking
        for number in 1..<600 { try act(number, on: kiosk) }
        // A copy of the kiosk's folder, taken now, will later go on writing on its own.
        let copyFolder = try AuditedKiosk.copyFolder(of: kiosk, to: "copy", in: root)
        kiosk = try SimulatedKiosk.reopen(kiosk)
        AuditedKiosk.attachSigner(kiosk)
        for number in 600...1_000 { try act(number, on: kiosk) }
        #expect(try kiosk.registry.auditEntryCount() == 1_001)

        let (engine, transport) = try await kiosk.engine(central.url, batchSize: 200, districts: [173])
        let report = await engine.syncOnce()
        await transport.shutdown()
        #expect(report.completed && report.acknowledgements.rejected == 0 && report.acknowledgements.conflicts == 0, "\(report)")
        let verified = try central.command(["audit", "verify", "--kiosk", "KP-PSH-001"])
        #expect(verified.status == 0 && verified.stdout.contains("KPPSH001: intact, 1001 entries"), "\(verified.stdout)\(verified.stderr)")
        let local = try ChildProcess.run(try TestPaths.binary("khyber-kiosk"), ["audit", "verify", "--kiosk-id", "KP-PSH-001", "--data", kiosk.folder.path],
                                         outputFolder: root)
        #expect(local.status == 0 && local.stdout.contains("intact: 1001 entries"), "\(local.stdout)\(local.stderr)")

        let listed = try central.command(["applications", "list", "--json"])
        #expect(listed.stdout.contains(assistedTracking) && listed.stdout.contains("\"assistedBy\" : \"OP-0042\""), "\(listed.stdout)")

        // The copy writes three entries after entry 600 and syncs: two genuine entries claim one predecessor.
        let copy = SimulatedKiosk(
            kioskID: kiosk.kioskID, folder: copyFolder, registry: try RegistryDatabase(url: copyFolder.appendingPathComponent("registry.sqlite")),
            keys: try #require(try DeviceKeys.load(folder: copyFolder, create: false))
        )
        AuditedKiosk.attachSigner(copy)
        for number in 1...3 { try copy.registry.appendAudit(AuditEvent(action: .cardChecked, operatorID: "OP-COPY-\(number)", cnic: irfan)) }
        let (copyEngine, copyTransport) = try await copy.engine(central.url, batchSize: 200, districts: [173])
        let copyReport = await copyEngine.syncOnce()
        await copyTransport.shutdown()
        #expect(copyReport.acknowledgements.conflicts > 0, "the copy reuses the kiosk's sequence numbers: \(copyReport)")
        let forked = try central.command(["audit", "verify", "--kiosk", "KPPSH001"])
        #expect(forked.status == 1, "\(forked.stdout)\(forked.stderr)")
        #expect(forked.stdout.contains("two different entries claim place 601"), "\(forked.stdout)")
    }

    /// Delete, edit or reorder one entry in a copy of a kiosk's database (its table and its queued
    /// operation, as a careful operator would): the kiosk's verifier names it, and so does the central's
    /// once the copy has synced.
    @Test(arguments: StorageBackend.allCases)
    func tamperingWithACopyIsNamedByBothVerifiers(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let original = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: root)
        AuditedKiosk.attachSigner(original)
        for number in 1...20 {
            try original.registry.appendAudit(AuditEvent(action: .cardChecked, operatorID: "OP-\(number)", cnic: irfan))
        }
        try original.registry.close()
        typealias Tamper = (URL) throws -> Void
        let cases: [(String, Tamper, kiosk: String, central: String)] = [
            ("delete", { file in
                try AuditedKiosk.execute("DELETE FROM audit_entry WHERE seq = 12; DELETE FROM outbox WHERE entity_id = 'audit:12'", on: file)
            }, "entry 12 is missing", "entry 12 is missing"),
            ("edit", { file in
                try AuditedKiosk.execute("UPDATE audit_entry SET operator_id = 'OP-9999' WHERE seq = 12", on: file)
                try AuditedKiosk.rewriteQueuedEntry(12, in: file) { $0.operatorID = "OP-9999" }
            }, "entry 12 was changed", "entry 12 was changed"),
            ("reorder", { file in
                try AuditedKiosk.execute("""
                    CREATE TEMP TABLE swap AS SELECT * FROM audit_entry WHERE seq IN (12, 13);
                    UPDATE audit_entry SET operator_id = (SELECT operator_id FROM swap WHERE swap.seq = 25 - audit_entry.seq),
                        at_ms = (SELECT at_ms FROM swap WHERE swap.seq = 25 - audit_entry.seq),
                        previous = (SELECT previous FROM swap WHERE swap.seq = 25 - audit_entry.seq),
                        hash = (SELECT hash FROM swap WHERE swap.seq = 25 - audit_entry.seq),
                        signature = (SELECT signature FROM swap WHERE swap.seq = 25 - audit_entry.seq)
                    WHERE seq IN (12, 13);
                    """, on: file)
                try AuditedKiosk.rewriteQueuedEntry(12, in: file) { $0.operatorID = "OP-13" }
            }, "entry 12 holds what was written as entry 13", "entry 12 was changed"),
        ]
        for (name, tamper, kioskWords, centralWords) in cases {
            let folder = root.appendingPathComponent("copy-\(name)")
            try FileManager.default.copyItem(at: original.folder, to: folder)
            try tamper(folder.appendingPathComponent("registry.sqlite"))
            let local = try ChildProcess.run(
                try TestPaths.binary("khyber-kiosk"), ["audit", "verify", "--kiosk-id", "KP-PSH-001", "--data", folder.path], outputFolder: root
            )
            #expect(local.status == 1 && local.stdout.contains(kioskWords), "\(name): \(local.stdout)\(local.stderr)")

            let centralFolder = root.appendingPathComponent("central-\(name)")
            try FileManager.default.createDirectory(at: centralFolder, withIntermediateDirectories: true)
            let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: centralFolder), folder: centralFolder)
            defer { central.stop() }
            let copy = SimulatedKiosk(
                kioskID: "KP-PSH-001", folder: folder, registry: try RegistryDatabase(url: folder.appendingPathComponent("registry.sqlite")),
                keys: try #require(try DeviceKeys.load(folder: folder, create: false))
            )
            let report = await copy.syncOnce(central.url)
            #expect(report.completed && report.acknowledgements.rejected == 0, "\(name): \(report)")
            let verified = try central.command(["audit", "verify"])
            #expect(verified.status == 1 && verified.stdout.contains(centralWords), "\(name): \(verified.stdout)\(verified.stderr)")
            try copy.registry.close()
        }
    }
}
