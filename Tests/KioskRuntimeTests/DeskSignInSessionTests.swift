import Foundation
import IdentityCore
import KioskApp
import KioskRuntime
import KioskStore
import TestScheduling
import Testing

/// Operator sign-in and the co-signed reset through the real runtime and the real `OperatorDirectory`
/// (a root-signed bundle with operators in a real registry file): a first-time code, a new password, and a
/// reset refused with the same person and accepted with a supervisor.
@Suite(.cpuBound) struct DeskSignInSessionTests {
    typealias F = OperatorBundleFixture

    static func desk(_ fixture: F) throws -> SessionHarness {
        try SessionHarness(adjust: { environment in
            environment.operatorAccounts = DirectoryDeskAccounts(directory: fixture.directory())
            environment.now = { F.start.addingTimeInterval(60) }
        }, prepare: { state in
            state.settings.opensOnOperatorSignIn = true
            state.screen = .desk(.signIn(OperatorSignInScreen()))
        })
    }

    @Test func firstTimeCodeNewPasswordThenAResetRefusedWithTheSamePersonAndAcceptedWithASupervisor() async throws {
        let fixture = try F()
        defer { fixture.close() }
        try await fixture.publish(version: 1)
        let kiosk = try Self.desk(fixture)
        #expect(kiosk.text.contains("Operator sign-in"))

        await kiosk.type("OP-0042\twrong-code\n")
        #expect(kiosk.text.contains("tries left"), "a wrong code is refused with the directory's words:\n\(kiosk.text)")
        await kiosk.type("\(F.code)\n")
        #expect(kiosk.text.contains("Choose your password"), "\(kiosk.text)")
        await kiosk.type("counter-desk-7\tcounter-desk-7\n")
        #expect(kiosk.text.contains("Signed in: OP-0042 Amina Khan (operator)"), "\(kiosk.text)")

        await kiosk.type("1" + CitizenSessionTests.irfan + "\n")
        #expect(kiosk.text.contains("PIN: set"))
        await kiosk.type("11")
        await kiosk.type("3")
        #expect(kiosk.text.contains("Supervisor's co-sign"), "no pass yet: no question about revoking it")
        await kiosk.type("OP-0042\tcounter-desk-7\n")
        #expect(kiosk.text.contains("cannot co-sign their own reset"))
        await kiosk.type("OP-0099\t\(F.code)\n")
        #expect(!kiosk.text.contains("Co-signed by"), "another centre's operator cannot co-sign:\n\(kiosk.text)")
        await kiosk.type("SV-0001\t\(F.supervisorPassword)\n")
        #expect(kiosk.text.contains("Co-signed by SV-0001 Bilal Afridi"), "\(kiosk.text)")
        await kiosk.type("5827\n5827\n")
        #expect(kiosk.text.contains("Pass issued"))
        let credential = try #require(try kiosk.registry.pinCredential(for: CNIC(CitizenSessionTests.irfan)))
        #expect(credential.matches("5827") && !credential.matches("1357"), "the reset PIN replaced the old one")
    }
}
