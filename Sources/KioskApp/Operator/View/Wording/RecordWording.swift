import IdentityCore

/// The words of a citizen's record on the operator's screen.
enum RecordWording {
    static let legend = "Press a number   Esc: back to Find"
    static let questionLegend = "1: yes   2: no"
    static let actions = [
        "1 Card checked   2 Set first PIN   3 Reset PIN (supervisor)",
        "4 Reissue pass   5 Revoke pass     6 Apply for a service for them",
    ]
    static let working = "Working"

    static func pin(_ state: PINState) -> String {
        switch state {
        case .notSet: "PIN: not set (needs activating)"
        case .set: "PIN: set"
        case .locked(let until): "PIN: locked after wrong tries. " + DeskWording.lockedUntil(until)
        }
    }

    static func pass(_ pass: DeskPassInfo?) -> String {
        guard let pass else { return "Pass: none issued" }
        return "Pass: serial \(pass.serial), valid until \(pass.validUntil.display)" + (pass.isRevoked ? ", REVOKED" : "")
    }

    static func card(_ check: CardCheck) -> String {
        switch check {
        case .notChecked: "Card: not checked yet. Compare the physical CNIC, then press 1."
        case .checked: "Card: checked."
        }
    }

    static func question(_ phase: RecordPhase) -> String? {
        switch phase {
        case .confirmingCard: "Do the number, name, photo and expiry on the card match this record? 1 Yes  2 No"
        case .confirmingRevoke: "Revoke the pass now? It will no longer be accepted. 1 Yes  2 No"
        case .askingRevokeOnReset: "Also revoke the old pass (lost phone, shared screenshot)? 1 Yes  2 No"
        case .choosing, .working: nil
        }
    }

    static func note(_ note: RecordNote) -> String {
        switch note {
        case .checkCardFirst: "Check the card first (press 1)."
        case .alreadyHasPIN: "This citizen already has a PIN. To change it, use 3 Reset PIN."
        case .noPINToReset: "This citizen has no PIN yet. Use 2 Set first PIN."
        case .noPass: "There is no valid pass to revoke."
        case .passRevoked: "The pass was revoked."
        case .frozen(let reason): FreezeWording.operatorReason(reason) + " " + FreezeWording.operatorFix(reason)
        case .cardChecked: "Card checked and recorded."
        case .cardMismatch: "The card does not match: change nothing, and follow the centre's procedure."
        case .pinSaved: "The PIN was saved."
        case .failed(let why): "That did not work: \(why)"
        }
    }
}
