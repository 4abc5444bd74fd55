import Foundation
import IdentityCore
import KioskApp
import KioskStore
import Screen
import ScreenTestSupport
import TestScheduling
import Testing

/// The operator's desk through the real runtime, in-process: the real loop and effect runner, a real
/// registry file with synthetic citizens, an in-memory terminal. The operator is signed in at the
/// start (sign-in itself is the accounts' directory, tested with it).
@Suite(.cpuBound) struct DeskSessionTests {
    static let clerk = DeskOperator(id: "OP-0042", name: "Amina Bibi", role: .operator)

    /// A desk with `clerk` signed in, on the operator's menu.
    static func desk() throws -> SessionHarness {
        try SessionHarness(prepare: { state in
            state.settings.opensOnOperatorSignIn = true
            state.operatorSession = OperatorSession(signedIn: clerk, since: SessionHarness.start)
            state.screen = .desk(.menu(DeskMenuScreen()))
        })
    }

    /// A synthetic citizen without a PIN (everyone but the two demo citizens).
    static func citizenWithoutPIN(_ registry: RegistryDatabase) throws -> Citizen {
        let range = try #require(try registry.cnicNumberRange())
        var number = range.lowerBound
        while number <= range.upperBound {
            let citizen = try #require(try registry.citizen(atOrAfter: number))
            if citizen.pin == nil { return citizen }
            number = citizen.cnic.number + 1
        }
        throw NoCitizenWithoutPIN()
    }

    @Test func findByNameCheckTheCardTheCitizenSetsAPINAndThePassScans() async throws {
        let kiosk = try Self.desk()
        let citizen = try Self.citizenWithoutPIN(kiosk.registry)
        #expect(kiosk.text.contains("Signed in: OP-0042 Amina Bibi (operator)"))

        await kiosk.type("1")
        await kiosk.press(.tab)
        await kiosk.press(.tab)
        await kiosk.type(citizen.nameLatin)
        await kiosk.press(.tab)
        await kiosk.type(try #require(SessionHarness.districts.district(code: citizen.districtCode)).name)
        await kiosk.press(.enter)
        let row = try #require(kiosk.screen.first { $0.contains(citizen.cnic.formatted) }, "the citizen is listed by name:\n\(kiosk.text)")
        #expect(row.contains(String(citizen.birthDate.year)), "namesakes are told apart by birth year")
        let number = try #require(row.trimmingCharacters(in: .whitespaces).first)
        await kiosk.type(String(number))
        #expect(kiosk.text.contains("CNIC \(citizen.cnic.formatted)"), "the operator sees the CNIC in full")
        #expect(kiosk.text.contains("PIN: not set"))

        await kiosk.type("2")
        #expect(kiosk.text.contains("Check the card first"))
        await kiosk.type("11")
        #expect(kiosk.text.contains("Card checked and recorded."))

        await kiosk.type("2")
        await kiosk.type("1234\n")
        #expect(kiosk.text.contains("Digits in a row (like 1234) are easy to guess."))
        await kiosk.type("2739\n2739\n")
        #expect(kiosk.text.contains("Pass issued"))
        let credential = try #require(try kiosk.registry.pinCredential(for: citizen.cnic), "the PIN was saved")
        #expect(credential.matches("2739"))
        #expect(!credential.matches("1234"))
        let pass = try #require(try kiosk.registry.latestPass(for: citizen.cnic))
        #expect(try FrameQR.decode(kiosk.terminal.screen) == pass.text, "the pass on screen scans to the issued pass")

        await kiosk.press(.enter)
        #expect(kiosk.text.contains("PIN: set"))
        await kiosk.type("4")
        let reissued = try #require(try kiosk.registry.latestPass(for: citizen.cnic))
        #expect(reissued.serial != pass.serial, "a reissue makes a new pass")
        #expect(try kiosk.registry.pass(serial: pass.serial)?.revokedAt != nil, "and revokes the old one")
        await kiosk.press(.enter)
        await kiosk.type("51")
        #expect(try kiosk.registry.pass(serial: reissued.serial)?.revokedAt != nil)
        #expect(kiosk.text.contains("The pass was revoked."))

        // Every step is in the audit trail, by this operator, naming the citizen masked only.
        let entries = try kiosk.registry.auditEntries().filter { $0.citizen != nil }
        #expect(entries.map(\.action) == ["card.checked", "pin.activated", "pass.issued", "pass.revoked", "pass.issued", "pass.revoked"],
                "the reissue revokes through the audited call: \(entries.map(\.action))")
        #expect(entries.allSatisfy { $0.operatorID == "OP-0042" && $0.citizen == citizen.cnic.masked })
        #expect(entries[3].detail == ["serial": String(pass.serial), "reason": "reissued"], "\(entries[3].detail)")
        let pending = try await kiosk.registry.pendingOperations(limit: 100).map(\.kind)
        #expect(pending.contains("pin.set") && pending.contains("audit.entry"), "\(pending)")
        // Both revocations travel to the central: the reissue's (the first pass) and the revoke's.
        let revocations = try kiosk.registry.outbox().filter { $0.kind == "pass.revoked" }.map(\.entityID)
        #expect(revocations == ["pass:\(pass.serial)", "pass:\(reissued.serial)"], "\(revocations)")
    }

    @Test func findByCNICAndMobileAndTheOutbox() async throws {
        let kiosk = try Self.desk()
        let citizen = try Self.citizenWithoutPIN(kiosk.registry)
        await kiosk.type("1" + citizen.cnic.digits + "\n")
        #expect(kiosk.text.contains("CNIC \(citizen.cnic.formatted)"))
        await kiosk.press(.escape)
        await kiosk.press(.tab)
        await kiosk.type(citizen.mobile + "\n")
        #expect(kiosk.text.contains(citizen.cnic.formatted), "found by mobile:\n\(kiosk.text)")
        await kiosk.press(.escape)
        await kiosk.type("2")
        #expect(kiosk.text.contains("Outbox and sync"))
        #expect(kiosk.text.contains("Nothing waits to be sent."))
        await kiosk.press(.escape)
        await kiosk.type("0")
        #expect(kiosk.text.contains("Operator sign-in"), "signed out: the desk rests on sign-in")
        #expect(kiosk.terminal.wipeCount == 1)
    }

    @Test func aCitizenChangesTheirPINAndSignsInWithTheNewOne() async throws {
        let kiosk = try SessionHarness()
        await kiosk.type(CitizenSessionTests.irfan + "\n1357\n")
        await kiosk.type("4")
        await kiosk.type("1357\n1988\n")
        #expect(kiosk.text.contains("Your birth year is easy to guess."), "Irfan was born in 1988:\n\(kiosk.text)")
        await kiosk.type("2739\n2739\n")
        #expect(kiosk.text.contains("Your PIN has been changed."))
        await kiosk.type("\n0")
        await kiosk.type(CitizenSessionTests.irfan + "\n2739\n")
        #expect(kiosk.text.contains("What would you like to do?"), "the new PIN signs in")
    }
}

/// The synthetic registry had no citizen without a PIN.
struct NoCitizenWithoutPIN: Error {}
