import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// A PIN reset needs a supervisor's co-sign on the same screen: two different people.
@Suite struct PINResetTests {
    /// The co-sign screen for the locked citizen, the old pass to be revoked.
    static func coSign(by who: DeskOperator = DeskFixture.clerk) -> KioskState {
        Journey.reach(DeskFixture.checkedRecord(DeskFixture.lockedRecord, by: who), by: [.key(.character("3")), .key(.character("1"))], expecting: [])
    }

    @Test func refusedWithoutASupervisor() {
        let asked = Journey.reach(Self.coSign(), by: DeskFixture.signInKeys("OP-0043", "their password"), expecting: [.desk(.coSign(id: "OP-0043", secret: "their password"))])
        let refused = Journey.reach(asked, by: [.desk(.coSignAnswered(.signedIn(DeskFixture.otherClerk)))], expecting: [])
        guard case .desk(.coSign(let screen)) = refused.screen else { Issue.record("left the co-sign: \(refused.screen)"); return }
        #expect(screen.note == .notSupervisor)
        #expect(Kiosk.view(refused).text.contains("Only a supervisor can co-sign a reset."))
        let wrong = Journey.reach(asked, by: [.desk(.coSignAnswered(.refused("Wrong password.")))], expecting: [])
        #expect(Kiosk.view(wrong).text.contains("Wrong password."))
    }

    @Test func refusedWithTheSamePersonTwice() {
        let supervisorAtDesk = Self.coSign(by: DeskFixture.supervisor)
        // Typed as the same id: refused before any password is checked.
        let typed = Journey.reach(supervisorAtDesk, by: DeskFixture.signInKeys("sv-0007", "correct horse"), expecting: [])
        guard case .desk(.coSign(let screen)) = typed.screen else { Issue.record("left the co-sign"); return }
        #expect(screen.note == .samePerson)
        #expect(screen.secret.isEmpty)
        // And if the directory answers with the operator signed in, refused too.
        let asked = Journey.reach(supervisorAtDesk, by: DeskFixture.signInKeys("SV-0007 ", "x"), expecting: [])
        #expect(asked.desk.map { if case .coSign(let s) = $0 { s.note == .samePerson } else { false } } == true)
        var forged = supervisorAtDesk
        if case .desk(.coSign(var screen)) = forged.screen {
            screen.id = "SV-0099"
            screen.isChecking = true
            forged.screen = .desk(.coSign(screen))
        }
        let answered = Journey.reach(forged, by: [.desk(.coSignAnswered(.signedIn(DeskFixture.supervisor)))], expecting: [])
        #expect(answered.desk.map { if case .coSign(let s) = $0 { s.note == .samePerson } else { false } } == true)
        #expect(Kiosk.view(answered).text.contains("cannot co-sign their own reset"))
    }

    @Test func acceptedWithTwoPeopleAndTheCoSignerTravelsWithThePIN() {
        let asked = Journey.reach(Self.coSign(), by: DeskFixture.signInKeys("SV-0007", "correct horse"), expecting: [.desk(.coSign(id: "SV-0007", secret: "correct horse"))])
        let entry = Journey.reach(asked, by: [.desk(.coSignAnswered(.signedIn(DeskFixture.supervisor)))], expecting: [])
        #expect(entry.desk == .newPIN(NewPINScreen(record: DeskFixture.lockedRecord, purpose: .reset(coSigner: DeskFixture.supervisor, revokeOldPass: true))))
        #expect(Kiosk.view(entry).text.contains("Co-signed by SV-0007 Khalid Shah"))
        #expect(entry.operatorSession?.signedIn == DeskFixture.clerk, "the operator stays the one signed in")
        _ = Journey.reach(entry, by: Fixture.typing("5827") + [.key(.enter)] + Fixture.typing("5827") + [.key(.enter)],
                          expecting: [.desk(.setPIN(Fixture.cnic, pin: "5827", operatorID: "OP-0042", coSignerID: "SV-0007", revokeOldPass: true))])
    }

    @Test func keepingTheOldPassIsAChoice() {
        let keep = Journey.reach(DeskFixture.checkedRecord(DeskFixture.lockedRecord), by: [.key(.character("3")), .key(.character("2"))], expecting: [])
        #expect(keep.desk == .coSign(CoSignScreen(record: DeskFixture.lockedRecord, revokeOldPass: false)))
    }

    @Test func noPINNoReset() {
        let state = Journey.reach(DeskFixture.checkedRecord(), by: [.key(.character("3"))], expecting: [])
        #expect(state.record?.note == .noPINToReset)
    }
}
