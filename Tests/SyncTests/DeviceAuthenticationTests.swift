import ChildProcesses
import Crypto
import Foundation
import KioskApp
import KioskRuntime
import KioskStore
import KioskSync
import RequestSigning
import SyncProtocol
import TestScheduling
import Testing

/// Who the central believes, attacked with real processes on loopback (a real `khyber-central serve`,
/// `curl`, signing kiosks), on SQLite and on PostgreSQL: only approved devices' signed requests are
/// accepted, each once, within the clock window.
@Suite("Device authentication against a real central", .serialized, .offCooperativePool)
struct DeviceAuthenticationTests {
    @Test(arguments: StorageBackend.allCases)
    func anonymousAndPendingKiosksAreRefusedAndNothingIsStored(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 3, in: root)
        let operations = try await kiosk.registry.operationsToSend(limit: 10)

        // Anonymous: no signature at all.
        let anonymous = try HTTPSyncTransport(centralURL: central.url)
        await #expect(throws: SyncTransportError.unauthorized("the request is not signed; enrol this kiosk (khyber-kiosk enrol) and sync again")) {
            _ = try await anonymous.push(PushRequest(kioskID: kiosk.canonicalID, sentAt: .zero, operations: operations))
        }
        await #expect(throws: SyncTransportError.self) {
            _ = try await anonymous.pull(PullRequest(kioskID: kiosk.canonicalID, cursor: 0, districts: [173], limit: 100))
        }
        await anonymous.shutdown()

        // Signed by a key the central never saw, then pending (asked, not approved).
        let signed = try kiosk.transport(central.url)
        await #expect(throws: SyncTransportError.unauthorized("kiosk KPPSH001 is not enrolled; run khyber-kiosk enrol and have a supervisor approve it")) {
            _ = try await signed.push(PushRequest(kioskID: kiosk.canonicalID, sentAt: .zero, operations: operations))
        }
        let code = try await TestEnrolment.request(kiosk, at: central.url, districts: [173])
        do {
            _ = try await signed.pull(PullRequest(kioskID: kiosk.canonicalID, cursor: 0, districts: [173], limit: 100))
            Issue.record("a pending kiosk pulled")
        } catch {
            #expect(error.description.contains("waiting for a supervisor's approval") && error.description.contains(code), "\(error)")
        }
        await signed.shutdown()
        // A wrong code is refused and leaves it pending.
        let wrong = try central.command(["devices", "approve", kiosk.canonicalID, "--code", "00000-00000"])
        #expect(wrong.status != 0 && wrong.stderr.contains("does not match"), "\(wrong.stderr)")
        #expect(try central.command(["devices", "list"]).stdout.contains("pending"))

        let inspector = try await CentralInspector.open(central.databaseURL)
        #expect(try await inspector.storage.operationCount() == 0, "nothing anonymous or pending was stored")
        await inspector.close()
        #expect(try kiosk.registry.syncSnapshot().failed == 0, "a 401 never marks the kiosk's operations failed")
    }

    @Test(arguments: StorageBackend.allCases)
    func aRevokedDeviceIsRefusedAndAnEnrolmentNeverReplacesAnApprovedKey(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 2, in: root)
        #expect(await kiosk.syncOnce(central.url).completed)

        // An impostor enrols the same kiosk id with its own keys: refused, the approved key stands.
        let impostor = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: root.appendingPathComponent("impostor"))
        await #expect(throws: SyncTransportError.self) { _ = try await TestEnrolment.request(impostor, at: central.url, districts: [173]) }
        let devices = try central.command(["devices", "list", "--json"])
        #expect(devices.stdout.contains(kiosk.keys.device.publicKey.rawRepresentation.base64EncodedString()))
        #expect(!devices.stdout.contains(impostor.keys.device.publicKey.rawRepresentation.base64EncodedString()))

        #expect(try central.command(["devices", "revoke", kiosk.canonicalID]).status == 0)
        try kiosk.submit(1, seed: 5)
        let round = await kiosk.syncOnce(central.url)
        #expect(!round.completed)
        #expect(round.stoppedBy?.description.contains("revoked") == true, "\(String(describing: round.stoppedBy))")
        #expect(try kiosk.registry.syncSnapshot().pending == 1 && kiosk.registry.syncSnapshot().failed == 0)
    }

    @Test(arguments: StorageBackend.allCases)
    func aCapturedRequestReplayedIsRefusedAndATamperedOneToo(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 2, in: root)
        try await TestEnrolment.ensure(kiosk, at: central.url)
        let operations = try await kiosk.registry.operationsToSend(limit: 10)
        let push = PushRequest(kioskID: kiosk.canonicalID, sentAt: .zero, operations: operations)
        let captured = try RawRequest.signed(push, path: SyncWire.pushPath, signer: kiosk.keys.signer(kioskID: kiosk.canonicalID))

        let first = try captured.send(to: central.url, folder: root)
        #expect(first.status == 200, "\(String(decoding: first.body, as: UTF8.self))")
        let replayed = try captured.send(to: central.url, folder: root)
        #expect(replayed.status == 401)
        let answer = try SyncWire.decoder().decode(SyncErrorResponse.self, from: replayed.body)
        #expect(answer.error.contains("already received once"), "\(answer.error)")

        // The same signature on another body (a changed fee), or sent to another path.
        var changed = captured
        changed.body = try SyncWire.encoder().encode(PushRequest(kioskID: kiosk.canonicalID, sentAt: .zero, operations: [
            try Forgery.rewrite(operations[0]) { $0.fee = 0 },
        ]))
        let tampered = try changed.send(to: central.url, folder: root)
        #expect(tampered.status == 401 && String(decoding: tampered.body, as: UTF8.self).contains("Content-Digest"))
        var moved = try RawRequest.signed(push, path: SyncWire.pushPath, signer: kiosk.keys.signer(kioskID: kiosk.canonicalID))
        moved.path = SyncWire.pullPath
        #expect(try moved.send(to: central.url, folder: root).status == 401)

        // Signed with the kiosk's id but another key.
        let forged = try RawRequest.signed(push, path: SyncWire.pushPath, signer: RequestSigner(keyID: kiosk.canonicalID, privateKey: .init()))
        let forgedAnswer = try forged.send(to: central.url, folder: root)
        #expect(forgedAnswer.status == 401 && String(decoding: forgedAnswer.body, as: UTF8.self).contains("does not verify"))

        let inspector = try await CentralInspector.open(central.databaseURL)
        #expect(try await inspector.storage.operationCount() == 2)
        await inspector.close()
    }

    @Test(arguments: StorageBackend.allCases)
    func aKioskClockOffIsToldByHowMuchWithTheCentralsTime(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 2, in: root)
        try await TestEnrolment.ensure(kiosk, at: central.url)
        let signer = kiosk.keys.signer(kioskID: kiosk.canonicalID)

        // curl: the header and the body carry the central's time.
        let pull = PullRequest(kioskID: kiosk.canonicalID, cursor: 0, districts: [], limit: 10)
        let before = Int64(Date().timeIntervalSince1970 * 1000)
        let late = try RawRequest.signed(pull, path: SyncWire.pullPath, signer: signer, created: Date().addingTimeInterval(-20 * 60)).send(to: central.url, folder: root)
        let after = Int64(Date().timeIntervalSince1970 * 1000)
        #expect(late.status == 401)
        let answer = try SyncWire.decoder().decode(SyncErrorResponse.self, from: late.body)
        #expect(answer.error.contains("20 min behind"), "\(answer.error)")
        let headerTime = late.headers[SyncWire.centralTimeHeader.lowercased()].flatMap { Int64($0) }
        #expect(headerTime.map { (before - 1000)...(after + 1000) ~= $0 } == true, "\(late.headers)")
        #expect(answer.centralTimeMillis == headerTime)

        // The kiosk's own transport, 7 minutes fast: the round stops with "clock off by 7 min", nothing failed.
        let fast = try HTTPSyncTransport(centralURL: central.url, signer: signer, now: { Date().addingTimeInterval(7 * 60) })
        let engine = SyncEngine(registry: kiosk.registry, transport: fast, settings: .init(batchSize: 50, districts: []))
        await engine.setKioskID(kiosk.kioskID)
        #expect(fast.clockOffsetSeconds == nil, "nothing reported before the central answered")
        let round = await engine.syncOnce()
        let reported = fast.clockOffsetSeconds
        let warnings = SyncSetup(centralURL: central.url, kioskID: kiosk.kioskID, intervalSeconds: 60, warnAfterHours: 24, districts: [])
            .trustWarnings(registry: kiosk.registry, clockOffsetSeconds: reported, now: Date())
        await fast.shutdown()
        #expect(reported.map { (7 * 60 - 5)...(7 * 60 + 5) ~= $0 } == true, "\(String(describing: reported))")
        #expect(warnings.count == 1 && warnings.first.map { if case .clockOff = $0 { true } else { false } } == true, "\(warnings)")
        #expect(round.stoppedBy?.description.contains("clock off by 7 min") == true, "\(String(describing: round.stoppedBy))")
        #expect(round.stoppedBy?.isTransient == true)
        #expect(try kiosk.registry.syncSnapshot().pending == 2 && kiosk.registry.syncSnapshot().failed == 0)
        // Clock set right: everything goes.
        #expect(await kiosk.syncOnce(central.url).completed)
    }
}
