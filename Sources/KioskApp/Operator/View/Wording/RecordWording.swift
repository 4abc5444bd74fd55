import IdentityCore

/// The words of a citizen's record on the operator's screen, from the string catalogs (`desk.record.*`). The
/// record's own data (names, CNIC, district, address) and the reasons other modules give are shown as they are.
enum RecordWording {
    static func legend(_ state: KioskState) -> String { state.text("desk.record.legend") }
    static func questionLegend(_ state: KioskState) -> String { state.text("desk.record.questionLegend") }
    static func actions(_ state: KioskState) -> [String] { [state.text("desk.record.actions.1"), state.text("desk.record.actions.2")] }
    static func working(_ state: KioskState) -> String { state.text("desk.record.working") }

    /// `CNIC 17301-1234567-1   male   born 1990-01-01`.
    static func facts(_ record: DeskCitizenRecord, _ state: KioskState) -> String {
        state.text("desk.record.facts", [
            "cnic": record.cnic.formatted, "gender": state.text("desk.record.gender.\(record.gender.rawValue)"), "born": record.birthDate.iso,
        ])
    }

    /// `Son of`, `Daughter of`, `Wife of`.
    static func relation(_ relation: GuardianRelation, _ state: KioskState) -> String {
        switch relation {
        case .sonOf: state.text("desk.record.guardian.sonOf")
        case .daughterOf: state.text("desk.record.guardian.daughterOf")
        case .wifeOf: state.text("desk.record.guardian.wifeOf")
        }
    }

    /// `Peshawar, Peshawar City   mobile 0300-1234567`.
    static func place(_ record: DeskCitizenRecord, _ state: KioskState) -> String {
        state.text("desk.record.place", ["district": record.districtName, "tehsil": record.tehsil, "mobile": record.mobile])
    }

    static func pin(_ pin: PINState, _ state: KioskState) -> String {
        switch pin {
        case .notSet: state.text("desk.record.pin.notSet")
        case .set: state.text("desk.record.pin.set")
        case .locked(let until): state.text("desk.record.pin.locked", ["time": PakistanTime.time(until)])
        }
    }

    static func pass(_ pass: DeskPassInfo?, _ state: KioskState) -> String {
        guard let pass else { return state.text("desk.record.pass.none") }
        let values = ["serial": String(pass.serial), "date": pass.validUntil.display]
        return state.text(pass.isRevoked ? "desk.record.pass.revoked" : "desk.record.pass.valid", values)
    }

    static func card(_ check: CardCheck, _ state: KioskState) -> String {
        switch check {
        case .notChecked: state.text("desk.record.card.notChecked")
        case .checked: state.text("desk.record.card.checked")
        }
    }

    static func question(_ phase: RecordPhase, _ state: KioskState) -> String? {
        switch phase {
        case .confirmingCard: state.text("desk.record.question.card")
        case .confirmingRevoke: state.text("desk.record.question.revoke")
        case .askingRevokeOnReset: state.text("desk.record.question.revokeOnReset")
        case .choosing, .working: nil
        }
    }

    static func note(_ note: RecordNote, _ state: KioskState) -> String {
        switch note {
        case .checkCardFirst: state.text("desk.record.note.checkCardFirst")
        case .alreadyHasPIN: state.text("desk.record.note.alreadyHasPIN")
        case .noPINToReset: state.text("desk.record.note.noPINToReset")
        case .noPass: state.text("desk.record.note.noPass")
        case .passRevoked: state.text("desk.record.note.passRevoked")
        case .frozen(let reason): FreezeWording.operatorReason(reason, state) + " " + FreezeWording.operatorFix(reason, state)
        case .cardChecked: state.text("desk.record.note.cardChecked")
        case .cardMismatch: state.text("desk.record.note.cardMismatch")
        case .pinSaved: state.text("desk.record.note.pinSaved")
        case .failed(let why): state.text("desk.record.note.failed", ["reason": why])
        }
    }
}
