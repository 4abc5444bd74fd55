import ChildProcesses
import Foundation
import KhyberVocabulary
import KioskRuntime
import KioskStore
import OperatorAccounts
import ProvincialTrust
import TestScheduling
import Testing

/// Operator accounts end to end through real `khyber-central` processes on loopback, on SQLite and PostgreSQL:
/// `operators add` (a first-time code printed once) → trust draft → sign → publish → a kiosk pulls the bundle →
/// sign-in with the code → a password set there → its verifier syncs up as `operator.credential` → the next
/// bundle carries it → a second kiosk of the same centre signs in with the password; a forged credential from a
/// kiosk of another centre refused by the central; a disabled operator refused after the next bundle.
@Suite("Operator accounts end to end", .serialized, .offCooperativePool)
struct OperatorAccountsEndToEndTests {
    static let centre = "Test centre"

    @Test(arguments: StorageBackend.allCases)
    func anAccountTravelsFromTheCentralToTheCentresKiosksAndBack(_ backend: StorageBackend) async throws {
        let folder = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: folder), folder: folder)
        defer { central.stop() }
        let cycle = try TrustCycle.start(central, in: folder)
        let first = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: folder)
        let second = try SimulatedKiosk.make("KP-PSH-002", applications: 0, in: folder)
        let stranger = try SimulatedKiosk.make("KP-MRD-001", applications: 0, in: folder)
        for kiosk in [first, second] { try await TestEnrolment.ensure(kiosk, at: central.url) }
        try await TestEnrolment.ensure(stranger, at: central.url, centre: "Mardan centre")

        // Hostile input is refused in plain words and stores nothing.
        for (id, name) in [("OP\n42", "Amina Khan"), ("OP-0042", "Amina\u{1b}[2J Khan"), ("OP-0042", "Amina \u{202E}nahK")] {
            let refused = try central.command(["operators", "add", "--id", id, "--name", name, "--role", "operator", "--centre", Self.centre])
            #expect(refused.status != 0 && !refused.stderr.contains("\u{1b}") && !refused.stderr.isEmpty, "\(refused)")
        }
        #expect(try central.command(["operators", "add", "--id", "OP-0043", "--name", "X", "--role", "admin", "--centre", Self.centre]).status != 0)

        let added = try central.command(["operators", "add", "--id", "op-0042", "--name", "Amina Khan", "--role", "operator", "--centre", Self.centre])
        #expect(added.status == 0, "\(added.stderr)")
        let code = try #require(added.stdout.split(separator: "\n").compactMap { line in
            line.range(of: "shown only now; give it to the operator in person): ").map { String(line[$0.upperBound...]) }
        }.first)
        #expect(code.count == 11)
        #expect(try central.command(["operators", "add", "--id", "OP-0042", "--name", "Again", "--role", "operator", "--centre", Self.centre]).status != 0,
                "an id is never taken twice")
        _ = try central.command(["operators", "add", "--id", "SV-0001", "--name", "Bilal Afridi", "--role", "supervisor", "--centre", Self.centre])
        let secretFile = folder.appendingPathComponent("supervisor-password")
        try "supervisor-pass-1\n".write(to: secretFile, atomically: true, encoding: .utf8)
        #expect(try central.command(["operators", "set-password", "--id", "SV-0001", "--password-file", secretFile.path]).status == 0)
        let listed = try central.command(["operators", "list", "--json"])
        #expect(listed.stdout.contains("\"OP-0042\"") && !listed.stdout.contains(code) && !listed.stdout.contains("hash"), "no verifier printed")
        try cycle.publishNext()

        // The first kiosk of the centre: the code, then a password of the operator's own.
        #expect(try await first.trustingSync(central.url, root: cycle.root).trustBundle == .updated(version: 1))
        let atFirst = OperatorDirectory(database: first.registry, trust: first.trustSetting(cycle.root))
        let amina = OperatorIdentity(id: "OP-0042", name: "Amina Khan", role: .operator, centre: Self.centre)
        #expect(atFirst.signIn(id: "OP-0042", secret: code, now: Date()) == .mustSetPassword(amina))
        try atFirst.setPassword(id: "OP-0042", oneTimeCodeOrOldPassword: code, newPassword: "counter-desk-7", now: Date())
        #expect(atFirst.signIn(id: "OP-0042", secret: "counter-desk-7", now: Date()) == .signedIn(amina))
        let pushed = try await first.trustingSync(central.url, root: cycle.root)
        #expect(pushed.completed, "\(pushed)")
        let firstOutbox = try first.registry.outbox()
        #expect(firstOutbox.count == 1 && firstOutbox.allSatisfy { $0.acknowledgedAt != nil && $0.failedAt == nil }, "\(firstOutbox)")
        let afterPush = try central.command(["operators", "list", "--json"]).stdout
        #expect(afterPush.contains("\"credentialSetBy\" : \"kiosk:KPPSH001\"") && afterPush.contains("\"credentialVersion\" : 2"), "\(afterPush)")

        // A kiosk of ANOTHER centre forges a credential for the operator: the central refuses it, nothing changes.
        let forged = try OperatorCredential.make(secret: "forged-password", kind: .password, version: 9, setAt: Date(), setBy: "kiosk:KPMRD001")
        try stranger.registry.storeOperatorCredential(forged, operatorID: "OP-0042", centre: Self.centre, kioskID: "KPMRD001", now: Date())
        _ = try await stranger.trustingSync(central.url, root: cycle.root)
        let refusal = try #require(try stranger.registry.outbox().first)
        #expect(refusal.failedAt != nil && refusal.failureReason?.contains("another centre") == true, "\(refusal)")
        #expect(try central.command(["operators", "list", "--json"]).stdout.contains("\"credentialVersion\" : 2"))

        // The next bundle carries the password's verifier: the second kiosk of the centre takes it, the code is spent.
        try cycle.publishNext()
        #expect(try await second.trustingSync(central.url, root: cycle.root).trustBundle == .updated(version: 2))
        let atSecond = OperatorDirectory(database: second.registry, trust: second.trustSetting(cycle.root))
        #expect(atSecond.signIn(id: "OP-0042", secret: "counter-desk-7", now: Date()) == .signedIn(amina))
        #expect(atSecond.signIn(id: "OP-0042", secret: code, now: Date()) != .mustSetPassword(amina))
        #expect(atSecond.signIn(id: "SV-0001", secret: "supervisor-pass-1", now: Date())
            == .signedIn(OperatorIdentity(id: "SV-0001", name: "Bilal Afridi", role: .supervisor, centre: Self.centre)))
        #expect(atSecond.accounts().map(\.id) == ["OP-0042", "SV-0001"])
        try (cycle.root.publicKeyBase64 + "\n").write(to: second.folder.appendingPathComponent("trust-root.pub"), atomically: true, encoding: .utf8)
        let atKiosk = try ChildProcess.run(
            try TestPaths.binary("khyber-kiosk"), ["operators", "list", "--data", second.folder.path, "--kiosk-id", "KP-PSH-002"], outputFolder: folder)
        #expect(atKiosk.status == 0 && atKiosk.stdout.contains("OP-0042") && atKiosk.stdout.contains("Bilal Afridi"), "\(atKiosk)")
        #expect(!atKiosk.stdout.contains("scrypt") && !atKiosk.stdout.contains("counter-desk-7"))

        // The other centre's kiosk holds the same bundle and refuses this centre's accounts.
        _ = try await stranger.trustingSync(central.url, root: cycle.root)
        let atStranger = OperatorDirectory(database: stranger.registry, trust: stranger.trustSetting(cycle.root))
        #expect(atStranger.signIn(id: "SV-0001", secret: "supervisor-pass-1", now: Date()) == .refused(OperatorLookupRefusal.otherCentre.description))
        #expect(atStranger.signIn(id: "OP-0042", secret: "forged-password", now: Date()) == .refused(OperatorLookupRefusal.otherCentre.description))
        #expect(atStranger.accounts().isEmpty)

        // Lockout at the second kiosk: five wrong passwords, then even the right one waits 15 minutes.
        let now = Date()
        for _ in 1...4 { _ = atSecond.signIn(id: "SV-0001", secret: "not-the-password", now: now) }
        func lockEnd(_ result: OperatorSignInResult) -> TimeInterval? {
            if case .lockedOut(let until) = result { until.timeIntervalSince(now) } else { nil }
        }
        // (The lock's instant goes through the registry's REAL column: equal to within a millisecond.)
        #expect(lockEnd(atSecond.signIn(id: "SV-0001", secret: "not-the-password", now: now)).map { abs($0 - 900) < 0.001 } == true)
        #expect(lockEnd(atSecond.signIn(id: "SV-0001", secret: "supervisor-pass-1", now: now)).map { abs($0 - 900) < 0.001 } == true)

        // Disabling takes effect at the next bundle.
        #expect(try central.command(["operators", "disable", "--id", "OP-0042"]).status == 0)
        #expect(atSecond.signIn(id: "OP-0042", secret: "counter-desk-7", now: Date()) == .signedIn(amina), "the held bundle still says active")
        try cycle.publishNext()
        _ = try await second.trustingSync(central.url, root: cycle.root)
        #expect(atSecond.signIn(id: "OP-0042", secret: "counter-desk-7", now: Date()) == .unknownOrDisabled)
        #expect(atSecond.accounts().map(\.id) == ["SV-0001"])
    }
}
