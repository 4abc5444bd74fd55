import IdentityCore
import Screen

/// The actions on a citizen's record, by number key.
public enum RecordAction: Character, Equatable, Sendable, CaseIterable {
    case checkCard = "1"
    case activate = "2"
    case resetPIN = "3"
    case reissuePass = "4"
    case revokePass = "5"
    case applyOnBehalf = "6"
}

extension KioskState {
    /// The record: 1 confirms the card, and only then 2–6 change anything; a question takes 1 (yes)
    /// or 2 (no); Esc goes back to Find.
    mutating func handleRecordKey(_ key: KeyEvent, _ current: CitizenRecordScreen) -> [KioskEffect] {
        var record = current
        let cnic = record.record.cnic
        switch record.phase {
        case .working:
            return []
        case .confirmingCard, .confirmingRevoke, .askingRevokeOnReset:
            return answerRecordQuestion(key, record)
        case .choosing:
            break
        }
        if key == .escape {
            screen = .desk(.find(FindCitizenScreen()))
            return []
        }
        guard case .character(let character) = key, let action = RecordAction(rawValue: character) else { return [] }
        record.note = nil
        if action != .checkCard, record.cardCheck != .checked {
            record.note = .checkCardFirst
            screen = .desk(.record(record))
            return []
        }
        var effects: [KioskEffect] = []
        switch action {
        case .checkCard:
            record.phase = .confirmingCard
        case .activate:
            guard record.record.pin == .notSet else {
                record.note = .alreadyHasPIN
                break
            }
            screen = .desk(.newPIN(NewPINScreen(record: record.record, purpose: .activate)))
            return []
        case .resetPIN:
            guard record.record.pin != .notSet else {
                record.note = .noPINToReset
                break
            }
            if let pass = record.record.pass, !pass.isRevoked {
                record.phase = .askingRevokeOnReset
            } else {
                screen = .desk(.coSign(CoSignScreen(record: record.record, revokeOldPass: false)))
                return []
            }
        case .reissuePass:
            record.phase = .working
            effects = [.desk(.reissuePass(cnic, operatorID: operatorID))]
        case .revokePass:
            guard let pass = record.record.pass, !pass.isRevoked else {
                record.note = .noPass
                break
            }
            record.phase = .confirmingRevoke
        case .applyOnBehalf:
            if let reason = freezeReason {
                record.note = .frozen(reason)
                break
            }
            citizen = record.record.sessionCitizen
            operatorSession?.assisting = record.record
            screen = .services(ServiceListScreen())
            return [.loadServices]
        }
        screen = .desk(.record(record))
        return effects
    }

    /// 1 (yes) or 2 (no) to the question on the record screen; Esc is no.
    private mutating func answerRecordQuestion(_ key: KeyEvent, _ current: CitizenRecordScreen) -> [KioskEffect] {
        var record = current
        let yes = key == .character("1"), no = key == .character("2") || key == .escape
        guard yes || no else { return [] }
        let cnic = record.record.cnic
        var effects: [KioskEffect] = []
        switch record.phase {
        case .confirmingCard:
            if yes {
                record.phase = .working
                effects = [.desk(.recordCardChecked(cnic, operatorID: operatorID))]
            } else {
                record.phase = .choosing
                record.note = .cardMismatch
            }
        case .confirmingRevoke:
            if yes {
                record.phase = .working
                effects = [.desk(.revokePass(cnic, operatorID: operatorID))]
            } else {
                record.phase = .choosing
            }
        case .askingRevokeOnReset:
            if key == .escape {
                record.phase = .choosing
            } else {
                screen = .desk(.coSign(CoSignScreen(record: record.record, revokeOldPass: yes)))
                return []
            }
        case .choosing, .working:
            return []
        }
        screen = .desk(.record(record))
        return effects
    }

    /// The audit has the card check: changes are allowed now.
    mutating func handleCardCheckRecorded(_ cnic: CNIC) -> [KioskEffect] {
        guard case .desk(.record(var record)) = screen, record.phase == .working, record.record.cnic == cnic else { return [] }
        record.phase = .choosing
        record.cardCheck = .checked
        record.note = .cardChecked
        screen = .desk(.record(record))
        return []
    }

    /// A pass was issued from the record (reissue): show it.
    mutating func handlePassIssued(_ updated: DeskCitizenRecord, _ pass: IssuedPass) -> [KioskEffect] {
        guard case .desk(.record(let record)) = screen, record.phase == .working, record.record.cnic == updated.cnic else { return [] }
        screen = .desk(.issuedPass(IssuedPassScreen(record: updated, pass: pass)))
        return []
    }

    /// The pass was revoked: the record says so.
    mutating func handlePassRevoked(_ updated: DeskCitizenRecord) -> [KioskEffect] {
        guard case .desk(.record(let record)) = screen, record.phase == .working, record.record.cnic == updated.cnic else { return [] }
        screen = .desk(.record(CitizenRecordScreen(record: updated, cardCheck: .checked, note: .passRevoked)))
        return []
    }

    /// Enter or Esc on an issued pass: back to the citizen's record.
    func reduceIssuedPassKey(_ key: KeyEvent, _ issued: IssuedPassScreen) -> ScreenTransition<IssuedPassScreen> {
        guard key == .enter || key == .escape else { return .stay(issued) }
        return .go(.desk(.record(CitizenRecordScreen(record: issued.record, cardCheck: .checked))))
    }
}
