import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// The record: full details for the operator, and nothing changes before the card is checked.
@Suite struct CitizenRecordTests {
    @Test func showsEveryDetailUnmasked() {
        let text = Kiosk.view(DeskFixture.recordScreen()).text
        for expected in ["Ayesha Khan", "CNIC 17301-1234567-1", "born 1990-05-21", "Daughter of Gul Khan", "Peshawar, Peshawar City",
                         "mobile 0300-1234567", "House 12, Street 4, Hayatabad", "PIN: not set", "Pass: none issued", "Card: not checked yet"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func controlCharactersInARecordNeverReachTheScreen() {
        var hostile = DeskFixture.record
        hostile.address = "Street \u{1B}[2J4\u{07}"
        hostile.nameLatin = "Ayesha\u{1B}]0;owned\u{07} Khan"
        let frame = Kiosk.view(DeskFixture.recordScreen(hostile))
        #expect(!frame.text.contains("\u{1B}"))
        #expect(!frame.text.contains("\u{07}"))
    }

    @Test func everyChangeWaitsForTheCardCheck() {
        for action in ["2", "3", "4", "5", "6"] {
            var store = TestStore(DeskFixture.recordScreen())
            store.send(.key(.character(Character(action))), expecting: []) { $0.screen = .desk(.record(CitizenRecordScreen(record: DeskFixture.record, note: .checkCardFirst))) }
            #expect(store.frame.text.contains("Check the card first (press 1)."))
        }
    }

    @Test func cardCheckAsksThenRecordsInTheAudit() {
        var store = TestStore(DeskFixture.recordScreen())
        store.send(.key(.character("1")), expecting: []) { $0.screen = .desk(.record(CitizenRecordScreen(record: DeskFixture.record, phase: .confirmingCard))) }
        #expect(store.frame.text.contains("Do the number, name, photo and expiry on the card match this record?"))
        store.send(.key(.character("1")), expecting: [.desk(.recordCardChecked(Fixture.cnic, operatorID: "OP-0042"))]) {
            $0.screen = .desk(.record(CitizenRecordScreen(record: DeskFixture.record, phase: .working)))
        }
        store.send(.desk(.cardCheckRecorded(Fixture.cnic)), expecting: []) {
            $0.screen = .desk(.record(CitizenRecordScreen(record: DeskFixture.record, cardCheck: .checked, note: .cardChecked)))
        }
        #expect(store.frame.text.contains("Card: checked."))
    }

    @Test func aCardThatDoesNotMatchChangesNothing() {
        var store = TestStore(Journey.reach(DeskFixture.recordScreen(), by: [.key(.character("1"))], expecting: []))
        store.send(.key(.character("2")), expecting: []) { $0.screen = .desk(.record(CitizenRecordScreen(record: DeskFixture.record, note: .cardMismatch))) }
        #expect(store.state.record?.cardCheck == .notChecked)
    }

    @Test func revokeAsksFirstThenRevokes() {
        let checked = DeskFixture.checkedRecord(DeskFixture.lockedRecord)
        let asked = Journey.reach(checked, by: [.key(.character("5"))], expecting: [])
        #expect(Kiosk.view(asked).text.contains("Revoke the pass now?"))
        let working = Journey.reach(asked, by: [.key(.character("1"))], expecting: [.desk(.revokePass(Fixture.cnic, operatorID: "OP-0042"))])
        var revoked = DeskFixture.lockedRecord
        revoked.pass?.isRevoked = true
        let done = Journey.reach(working, by: [.desk(.passRevoked(revoked))], expecting: [])
        #expect(done.record == CitizenRecordScreen(record: revoked, cardCheck: .checked, note: .passRevoked))
        #expect(Kiosk.view(done).text.contains("REVOKED"))
        let again = Journey.reach(done, by: [.key(.character("5"))], expecting: [])
        #expect(again.record?.note == .noPass)
    }

    @Test func reissueShowsTheNewPassThenBackToTheRecord() {
        let working = Journey.reach(DeskFixture.checkedRecord(DeskFixture.lockedRecord), by: [.key(.character("4"))],
                                    expecting: [.desk(.reissuePass(Fixture.cnic, operatorID: "OP-0042"))])
        let issued = Journey.reach(working, by: [.desk(.passIssued(DeskFixture.lockedRecord, DeskFixture.pass))], expecting: [])
        guard case .desk(.issuedPass(let screen)) = issued.screen else { Issue.record("no pass shown: \(issued.screen)"); return }
        #expect(screen.code != nil)
        #expect(Kiosk.view(issued).text.contains("Serial 1002"))
        let back = Journey.reach(issued, by: [.key(.enter)], expecting: [])
        #expect(back.record == CitizenRecordScreen(record: DeskFixture.lockedRecord, cardCheck: .checked))
    }

    @Test func aFailedStoreWriteEndsTheWaitWithTheReason() {
        let working = Journey.reach(DeskFixture.checkedRecord(DeskFixture.lockedRecord), by: [.key(.character("4"))],
                                    expecting: [.desk(.reissuePass(Fixture.cnic, operatorID: "OP-0042"))])
        let failed = Journey.reach(working, by: [.effectFailed("disk full")], expecting: [])
        #expect(failed.record?.note == .failed("disk full"))
        #expect(failed.record?.phase == .choosing)
        #expect(failed.operatorSession != nil, "the operator stays signed in")
    }
}
