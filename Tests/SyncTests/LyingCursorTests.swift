import Foundation
import IdentityCore
import KioskStore
import KioskSync
import SyncProtocol
import TestScheduling
import Testing

/// A central (or a proxy in front of it) that sends a `nextCursor` beyond what it could have sent would
/// make the kiosk skip every later change — a revocation among them. The kiosk refuses such a page whole.
@Suite("The kiosk refuses a cursor the central could not have sent", .serialized, .offCooperativePool)
struct LyingCursorTests {
    static let record = RegistryRecord(
        cnic: "1730199999991", nameLatin: "Gulalai Yousafzai", nameUrdu: "گلالئی یوسفزئی", guardianLatin: "Sher Ali",
        guardianUrdu: "شیر علی", guardianRelation: "d/o", gender: "female", birthDate: "2001-02-03", districtCode: 173,
        tehsil: "Peshawar City", address: "House 3, Gulbahar", mobile: "03009999999", version: 1
    )

    static func page(nextCursor: Int64) -> PullResponse {
        PullResponse(centralClock: .zero, changes: [.citizen(id: 1, record)], nextCursor: nextCursor, hasMore: false)
    }

    @Test func aHugeCursorIsRefusedAndNothingOfThePageIsStored() async throws {
        let root = try TestPaths.temporaryFolder()
        let liar = try ScriptedCentral(page: Self.page(nextCursor: 999_999_999_999))
        defer { liar.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: root)
        let settings = SyncEngine.Settings(districts: [173])
        let gulalai = try CNIC("17301-9999999-1")

        let transport = try HTTPSyncTransport(centralURL: liar.url)
        let engine = SyncEngine(registry: kiosk.registry, transport: transport, settings: settings)
        await engine.setKioskID(kiosk.kioskID)
        let lied = await engine.syncOnce()
        #expect(liar.pulls == 1)
        guard case .central(.badReply(let why)) = lied.stoppedBy else {
            Issue.record("the lying page was not refused: \(lied)")
            return
        }
        #expect(why.contains("999999999999"), "\(why)")
        #expect(lied.pulled.citizens == 0)
        #expect(try kiosk.registry.citizen(gulalai) == nil, "nothing of the page is stored")
        #expect(try await kiosk.registry.syncCursor(scope: settings.pullScope) == 0, "the cursor did not move")

        // The same page with the cursor the central could have sent is applied: the check refuses the lie only.
        liar.answer(Self.page(nextCursor: 1))
        let honest = await engine.syncOnce()
        await transport.shutdown()
        #expect(honest.completed, "\(honest)")
        #expect(try kiosk.registry.citizen(gulalai)?.nameLatin == "Gulalai Yousafzai")
        #expect(try await kiosk.registry.syncCursor(scope: settings.pullScope) == 1)
    }

    @Test func theRuleIsTheLastChangeOrTheAskedCursor() {
        let change = SyncChange.citizen(id: 41, Self.record)
        func page(_ changes: [SyncChange], _ next: Int64) -> PullResponse {
            PullResponse(centralClock: .zero, changes: changes, nextCursor: next, hasMore: false)
        }
        #expect(PulledPageCheck.problem(page([change], 41), askedCursor: 40) == nil)
        #expect(PulledPageCheck.problem(page([], 40), askedCursor: 40) == nil)
        #expect(PulledPageCheck.problem(page([change], 42), askedCursor: 40) != nil, "one past the last change")
        #expect(PulledPageCheck.problem(page([], 41), askedCursor: 40) != nil, "an empty page cannot move the cursor")
        #expect(PulledPageCheck.problem(page([change], 41), askedCursor: 41) != nil, "a change at or before the cursor")
        #expect(PulledPageCheck.problem(page([change, .citizen(id: 41, Self.record)], 41), askedCursor: 40) != nil, "ids must ascend")
    }
}

/// Pulled registry records are checked as the central's import checks them: a record carrying an escape
/// in its mobile number or a bidi override in its address never reaches the registry (or `lookup`).
@Suite("The kiosk checks pulled records as the import does", .serialized, .offCooperativePool)
struct PulledRecordCheckTests {
    @Test func aHostileRecordIsSkippedAndAGoodOneKept() async throws {
        let root = try TestPaths.temporaryFolder()
        var hostileMobile = LyingCursorTests.record
        hostileMobile.cnic = "1730199999982"
        hostileMobile.mobile = "0300\u{1B}]0;owned\u{07}1234567"
        var hostileAddress = LyingCursorTests.record
        hostileAddress.cnic = "1730199999973"
        hostileAddress.address = "House 3\u{202E}rabhluG"
        let page = PullResponse(
            centralClock: .zero,
            changes: [.citizen(id: 1, hostileMobile), .citizen(id: 2, hostileAddress), .citizen(id: 3, LyingCursorTests.record)],
            nextCursor: 3, hasMore: false
        )
        let central = try ScriptedCentral(page: page)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: root)
        let transport = try HTTPSyncTransport(centralURL: central.url)
        let engine = SyncEngine(registry: kiosk.registry, transport: transport, settings: SyncEngine.Settings(districts: [173]))
        await engine.setKioskID(kiosk.kioskID)
        let report = await engine.syncOnce()
        await transport.shutdown()

        #expect(report.completed, "\(report)")
        #expect(report.pulled.citizens == 1 && report.pulled.skipped == 2, "\(report.pulled)")
        #expect(try kiosk.registry.citizen(try CNIC("17301-9999998-2")) == nil)
        #expect(try kiosk.registry.citizen(try CNIC("17301-9999997-3")) == nil)
        #expect(try kiosk.registry.citizen(try CNIC("17301-9999999-1"))?.mobile == "0300-9999999")
    }
}

/// The central's import refuses the same records the kiosk would skip.
@Suite("The central's import refuses control characters", .serialized, .offCooperativePool)
struct ImportTextCheckTests {
    @Test func aRecordWithAnEscapeInItsAddressIsRefused() throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root, start: false)
        var record = LyingCursorTests.record
        record.address = "House 3\u{1B}[2J"
        let lines = root.appendingPathComponent("records.jsonl")
        try (String(decoding: try SyncWire.encoder().encode(record), as: UTF8.self) + "\n").write(to: lines, atomically: true, encoding: .utf8)
        let refused = try central.command(["registry", "import", lines.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("control character"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("\u{1B}"))
        record.address = "House 3, Gulbahar"
        try (String(decoding: try SyncWire.encoder().encode(record), as: UTF8.self) + "\n").write(to: lines, atomically: true, encoding: .utf8)
        let imported = try central.command(["registry", "import", lines.path])
        #expect(imported.status == 0, "\(imported.stderr)")
    }
}
