import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// Activation: the citizen types a new PIN twice, dots only; weak PINs are refused with the reason;
/// the pass is issued and shown.
@Suite struct ActivationTests {
    static func entry() -> KioskState {
        Journey.reach(DeskFixture.checkedRecord(), by: [.key(.character("2"))], expecting: [])
    }

    @Test func twoMatchingEntriesSaveThePINAndShowThePass() {
        var state = Self.entry()
        #expect(state.desk == .newPIN(NewPINScreen(record: DeskFixture.record, purpose: .activate)))
        state = Journey.reach(state, by: Fixture.typing("2739"), expecting: [])
        let text = Kiosk.view(state).text
        #expect(text.contains("●  ●  ●  ●"))
        #expect(!text.contains("2739"))
        state = Journey.reach(state, by: [.key(.enter)] + Fixture.typing("2739"), expecting: [])
        #expect(Kiosk.view(state).text.contains("Type the same PIN again"))
        state = Journey.reach(state, by: [.key(.enter)],
                              expecting: [.desk(.setPIN(Fixture.cnic, pin: "2739", operatorID: "OP-0042", coSignerID: nil, revokeOldPass: false))])
        if case .desk(.newPIN(let saving)) = state.screen {
            #expect(saving.first.isEmpty && saving.second.isEmpty, "the digits are not kept while saving")
        }
        var active = DeskFixture.record
        active.pin = .set
        state = Journey.reach(state, by: [.desk(.pinSaved(active, DeskFixture.pass))], expecting: [])
        #expect(state.desk == .issuedPass(IssuedPassScreen(record: active, pass: DeskFixture.pass)))
    }

    @Test func weakPINsAreRefusedWithAPlainReason() {
        let cases: [(String, String)] = [
            ("1111", "The same digit four times"), ("1234", "Digits in a row"), ("9876", "Digits in a row"),
            ("1212", "A pair repeated"), ("1990", "Your birth year"), ("2105", "Your birthday"),
        ]
        for (pin, reason) in cases {
            let state = Journey.reach(Self.entry(), by: Fixture.typing(pin) + [.key(.enter)], expecting: [])
            #expect(Kiosk.view(state).text.contains(reason), "\(pin)")
            if case .desk(.newPIN(let entry)) = state.screen {
                #expect(entry.stage == .first && entry.first.isEmpty, "\(pin): typed again from the start")
            }
        }
    }

    @Test func differentSecondEntryStartsAgain() {
        let state = Journey.reach(Self.entry(), by: Fixture.typing("2739") + [.key(.enter)] + Fixture.typing("2738") + [.key(.enter)], expecting: [])
        #expect(Kiosk.view(state).text.contains("The two PINs differ."))
        if case .desk(.newPIN(let entry)) = state.screen { #expect(entry.stage == .first) }
    }

    @Test func aCitizenWithAPINIsResetNotActivated() {
        let state = Journey.reach(DeskFixture.checkedRecord(DeskFixture.lockedRecord), by: [.key(.character("2"))], expecting: [])
        #expect(state.record?.note == .alreadyHasPIN)
    }
}
