import Foundation
import KhyberVocabulary
import KioskRuntime
import KioskStore
import OperatorAccounts
import ProvincialTrust
import TestScheduling
import Testing

/// The kiosk's operator accounts on a real registry file under a real root-signed bundle: first-time code,
/// password change (verifier stored and queued, never the password), lockout, disabled and other-centre
/// accounts, a newer bundle verifier winning over the kiosk's own.
@Suite(.cpuBound) struct OperatorDirectoryTests {
    typealias F = OperatorBundleFixture
    let amina = OperatorIdentity(id: "OP-0042", name: "Amina Khan", role: .operator, centre: F.centre)

    @Test func theFirstTimeCodeLeadsToAPasswordThatWorksAtOnceAndIsQueuedAsAVerifier() async throws {
        let fixture = try F()
        defer { fixture.close() }
        try await fixture.publish(version: 1)
        let directory = fixture.directory()
        let now = F.start.addingTimeInterval(60)
        #expect(directory.signIn(id: "op-0042 ", secret: "abcde fghjk", now: now) == .mustSetPassword(amina), "typed loosely, still the code")
        #expect(directory.signIn(id: "SV-0001", secret: F.supervisorPassword, now: now)
            == .signedIn(OperatorIdentity(id: "SV-0001", name: "Bilal Afridi", role: .supervisor, centre: F.centre)))

        // The rule is checked before anything is written.
        for weak in ["short", "op-0042", "ABCDEFGHJK", "aaaaaaaaaaaa"] {
            #expect(throws: OperatorAccountError.self) {
                try directory.setPassword(id: "OP-0042", oneTimeCodeOrOldPassword: F.code, newPassword: weak, now: now)
            }
        }
        #expect(try fixture.registry.outbox().isEmpty)
        #expect(OperatorPasswordRule.problem("counter-desk-7", repeated: "counter-desk-8", operatorID: "OP-0042", current: F.code) != nil)

        try directory.setPassword(id: "OP-0042", oneTimeCodeOrOldPassword: F.code, newPassword: "counter-desk-7", now: now)
        #expect(directory.signIn(id: "OP-0042", secret: "counter-desk-7", now: now) == .signedIn(amina))
        guard case .refused(let words) = directory.signIn(id: "OP-0042", secret: F.code, now: now) else {
            Issue.record("the replaced code still signs in")
            return
        }
        #expect(words.contains("tries left"))

        let outbox = try fixture.registry.outbox()
        #expect(outbox.count == 1)
        #expect(outbox.first?.kind == OperationKind.operatorCredential.rawValue && outbox.first?.entityID == "OP-0042")
        let pending = try await fixture.registry.pendingOperations(limit: 10)
        let payload = try JSONDecoder().decode(OperatorCredentialPayload.self, from: Data(pending[0].payload.utf8))
        #expect(payload.version == 2 && payload.kind == "password" && payload.kioskID == "KPPSH001" && payload.centre == F.centre)
        #expect(!pending[0].payload.contains("counter-desk-7"), "the password never enters the outbox")
        let stored = try OperatorCredential(
            kind: .password, hash: #require(Data(base64Encoded: payload.hash)), salt: #require(Data(base64Encoded: payload.salt)),
            costLog2: payload.costLog2, version: payload.version, setAt: now, setBy: "kiosk:KPPSH001")
        #expect(stored.matches("counter-desk-7") && !stored.matches("counter-desk-8"))
        let fileBytes = try Data(contentsOf: fixture.registry.url)
        #expect(fileBytes.range(of: Data("counter-desk-7".utf8)) == nil)
    }

    @Test func fiveWrongTriesLockForFifteenMinutes() async throws {
        let fixture = try F()
        defer { fixture.close() }
        try await fixture.publish(version: 1)
        let directory = fixture.directory()
        let now = F.start.addingTimeInterval(60)
        for attempt in 1...4 {
            guard case .refused(let words) = directory.signIn(id: "SV-0001", secret: "wrong-\(attempt)", now: now) else {
                Issue.record("wrong try \(attempt) not refused")
                return
            }
            #expect(words.contains("\(5 - attempt) tr"))
        }
        #expect(directory.signIn(id: "SV-0001", secret: "wrong-5", now: now) == .lockedOut(until: now.addingTimeInterval(15 * 60)))
        #expect(directory.signIn(id: "SV-0001", secret: F.supervisorPassword, now: now.addingTimeInterval(14 * 60))
            == .lockedOut(until: now.addingTimeInterval(15 * 60)), "the right password is not even checked while locked")
        #expect(throws: OperatorAccountError.lockedOut(until: now.addingTimeInterval(15 * 60))) {
            try directory.setPassword(id: "SV-0001", oneTimeCodeOrOldPassword: F.supervisorPassword, newPassword: "a-new-password", now: now)
        }
        #expect(OperatorLockoutPolicy.lockedWords(until: now.addingTimeInterval(15 * 60), now: now).contains("15 minutes"))
        let after = now.addingTimeInterval(15 * 60 + 1)
        #expect(directory.signIn(id: "SV-0001", secret: F.supervisorPassword, now: after) != .lockedOut(until: now.addingTimeInterval(15 * 60)))
        guard case .signedIn = directory.signIn(id: "SV-0001", secret: F.supervisorPassword, now: after) else {
            Issue.record("not signed in after the lock ended")
            return
        }
        #expect(try fixture.registry.localOperatorState("SV-0001").failedAttempts == 0)
    }

    @Test func disabledUnknownAndOtherCentresAccountsAreRefused() async throws {
        var fixture = try F()
        defer { fixture.close() }
        let directory = fixture.directory()
        let now = F.start.addingTimeInterval(60)
        guard case .refused(let none) = directory.signIn(id: "OP-0042", secret: F.code, now: now) else {
            Issue.record("signed in without a bundle")
            return
        }
        #expect(none.contains("no trust bundle"))
        try await fixture.publish(version: 1)
        #expect(directory.signIn(id: "OP-0050", secret: F.code, now: now) == .unknownOrDisabled)
        #expect(directory.signIn(id: "OP-7777", secret: F.code, now: now) == .unknownOrDisabled)
        #expect(directory.signIn(id: "OP-0099", secret: F.code, now: now) == .refused(OperatorLookupRefusal.otherCentre.description))
        #expect(directory.accounts().map(\.id) == ["OP-0042", "SV-0001"])

        // Disabling takes effect with the next bundle.
        fixture.operators[0].status = "disabled"
        try await fixture.publish(version: 2)
        #expect(directory.signIn(id: "OP-0042", secret: F.code, now: now) == .unknownOrDisabled)
        #expect(directory.accounts().map(\.id) == ["SV-0001"])

        // A bundle that no longer lists this kiosk as a device of the centre: no operators here.
        try await fixture.publish(version: 3, kioskCentre: F.otherCentre, kioskID: "KPMRD009")
        guard case .refused(let words) = directory.signIn(id: "SV-0001", secret: F.supervisorPassword, now: now) else {
            Issue.record("signed in on a kiosk the bundle does not list")
            return
        }
        #expect(words.contains("does not list this kiosk"))
        #expect(directory.accounts().isEmpty && directory.unavailableReason() != nil)
    }

    @Test func aNewerVerifierFromTheBundleWinsOverTheKiosksOwn() async throws {
        var fixture = try F()
        defer { fixture.close() }
        try await fixture.publish(version: 1)
        let directory = fixture.directory()
        let now = F.start.addingTimeInterval(60)
        try directory.setPassword(id: "OP-0042", oneTimeCodeOrOldPassword: F.code, newPassword: "set-here-first", now: now)
        // The central re-issues a code (version 3): the bundle's newer code wins over the kiosk's password (version 2).
        fixture.operators[0] = try F.entry("OP-0042", "Amina Khan", "operator", F.centre, secret: "NEWCO-DE234", kind: .oneTimeCode, at: now, version: 3)
        try await fixture.publish(version: 2)
        #expect(directory.signIn(id: "OP-0042", secret: "NEWCO-DE234", now: now) == .mustSetPassword(amina))
        guard case .refused = directory.signIn(id: "OP-0042", secret: "set-here-first", now: now) else {
            Issue.record("the older local password still works")
            return
        }
    }
}
