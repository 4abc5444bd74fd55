import Foundation
import OperatorAccounts
import ProvincialTrust
import Testing

/// Verifiers, codes, the password rule and the lockout policy, pure.
@Suite struct OperatorCredentialTests {
    let now = Date(timeIntervalSince1970: 1_796_000_000)

    @Test func aCodeIsTenUnmistakableCharactersAndMatchesHoweverItIsTyped() throws {
        let code = OneTimeCode.make()
        #expect(code.count == 11 && code.dropFirst(5).first == "-")
        #expect(!code.contains(where: { "01ILO".contains($0) }))
        #expect(OneTimeCode.make() != code)
        let credential = try OperatorCredential.make(secret: code, kind: .oneTimeCode, version: 1, setAt: now, setBy: "central", costLog2: 10)
        #expect(credential.matches(code.lowercased().replacingOccurrences(of: "-", with: " ")))
        #expect(!credential.matches(String(code.dropLast()) + "X"))
        let password = try OperatorCredential.make(secret: "Counter-Desk-7", kind: .password, version: 2, setAt: now, setBy: "kiosk:K1", costLog2: 10)
        #expect(password.matches("Counter-Desk-7") && !password.matches("counter-desk-7"), "passwords are compared exactly")
    }

    @Test func theBundleFormRoundTripsAndTheNewerVersionWins() throws {
        let first = try OperatorCredential.make(secret: "ABCDE-FGHJK", kind: .oneTimeCode, version: 1, setAt: now, setBy: "central", costLog2: 10)
        #expect(OperatorCredential(bundle: first.bundleForm) == first)
        var unknown = first.bundleForm
        unknown.kind = "staff-card"
        #expect(OperatorCredential(bundle: unknown) == nil)
        let second = try OperatorCredential.make(secret: "a-long-password", kind: .password, version: 2, setAt: now.addingTimeInterval(-99), setBy: "kiosk:K1", costLog2: 10)
        #expect(OperatorCredential.newest(first, second) == second && OperatorCredential.newest(second, first) == second)
        let sameVersionLater = try OperatorCredential.make(secret: "another-password", kind: .password, version: 2, setAt: now.addingTimeInterval(5), setBy: "kiosk:K2", costLog2: 10)
        #expect(OperatorCredential.newest(second, sameVersionLater) == sameVersionLater)
        #expect(OperatorCredential.newest(nil, first) == first && OperatorCredential.newest(first, nil) == first)
    }

    @Test func thePasswordRuleNamesTheFirstProblem() {
        #expect(OperatorPasswordRule.problem("counter-desk-7", repeated: "counter-desk-7", operatorID: "OP-0042", current: "ABCDE-FGHJK") == nil)
        #expect(OperatorPasswordRule.problem("counter-desk-7", repeated: "counter-desk-8", operatorID: "OP-0042", current: "X")?.contains("not the same") == true)
        #expect(OperatorPasswordRule.problem("short", operatorID: "OP-0042", current: "X")?.contains("at least 10") == true)
        #expect(OperatorPasswordRule.problem("op-0042-op", operatorID: "OP-0042-OP", current: "X")?.contains("operator id") == true)
        #expect(OperatorPasswordRule.problem("abcdefghjk", operatorID: "OP-0042", current: "ABCDE-FGHJK")?.contains("differ") == true)
        #expect(OperatorPasswordRule.problem("ababababab", operatorID: "OP-0042", current: "X")?.contains("easy") == true)
        #expect(OperatorPasswordRule.problem("counter\u{7}desk7", operatorID: "OP-0042", current: "X")?.contains("control") == true)
    }

    @Test func fiveFailuresLockForFifteenMinutesAndTheCountStartsAgainAfter() {
        let policy = OperatorLockoutPolicy.standard
        var attempts = OperatorAttempts()
        for _ in 1...4 { attempts = policy.afterFailure(attempts, now: now) }
        #expect(attempts == OperatorAttempts(failedAttempts: 4))
        #expect(policy.words(after: attempts, now: now).contains("1 try left"))
        attempts = policy.afterFailure(attempts, now: now)
        #expect(policy.lockedUntil(attempts, now: now) == now.addingTimeInterval(900))
        #expect(policy.words(after: attempts, now: now).contains("15 minutes"))
        let later = now.addingTimeInterval(901)
        #expect(policy.lockedUntil(attempts, now: later) == nil)
        #expect(policy.afterFailure(attempts, now: later) == OperatorAttempts(failedAttempts: 1))
    }

    @Test func theBookGivesAKioskOnlyItsCentresUsableAccounts() throws {
        let credential = try OperatorCredential.make(secret: "ABCDE-FGHJK", kind: .oneTimeCode, version: 1, setAt: now, setBy: "central", costLog2: 10).bundleForm
        func entry(_ id: String, centre: String, role: String = "operator", status: String = "active") -> BundleOperator {
            BundleOperator(id: id, name: "N \(id)", role: role, centre: centre, status: status, credential: credential)
        }
        let device = BundleDevice(kioskID: "KPPSH001", publicKey: "", centre: "Peshawar Saddar", districts: [401], status: "active")
        let content = TrustBundleContent(
            version: 4, issuedAt: now, expiresAt: now.addingTimeInterval(86_400), devices: [device],
            operators: [entry("OP-2", centre: "Peshawar Saddar"), entry("OP-1", centre: "Peshawar Saddar", role: "supervisor"),
                        entry("OP-3", centre: "Mardan"), entry("OP-4", centre: "Peshawar Saddar", status: "disabled"),
                        entry("OP-5", centre: "Peshawar Saddar", role: "auditor")])
        let book = OperatorBook(content: content, kioskID: "KPPSH001")
        #expect(book.centre == "Peshawar Saddar" && book.bundleVersion == 4)
        #expect(book.usableIdentities.map(\.id) == ["OP-1", "OP-2"])
        #expect(book.usableIdentities.first?.role == .supervisor)
        #expect(throws: OperatorLookupRefusal.otherCentre) { try book.lookUp("op-3").get() }
        #expect(throws: OperatorLookupRefusal.unknownOrDisabled) { try book.lookUp("OP-4").get() }
        #expect(throws: OperatorLookupRefusal.notUsableOnThisBuild) { try book.lookUp("OP-5").get() }
        #expect(throws: OperatorLookupRefusal.kioskNotEnrolled) { try OperatorBook(content: content, kioskID: "KPOTHER1").lookUp("OP-1").get() }
    }
}
