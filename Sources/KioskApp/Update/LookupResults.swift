import IdentityCore

extension KioskState {
    /// The registry found the CNIC being looked up: on to the PIN, or a notice if no PIN is set.
    mutating func handleCitizenFound(_ found: SessionCitizen, hasPIN: Bool) -> [KioskEffect] {
        guard case .welcome(let welcome) = screen, welcome.phase == .lookingUp(found.cnic) else { return [] }
        guard hasPIN else { return endSession(with: .noPINYet) }
        citizen = found
        screen = .pin(PINScreen())
        return []
    }

    /// The registry has no such CNIC.
    mutating func handleCitizenNotFound(_ cnic: CNIC) -> [KioskEffect] {
        guard case .welcome(let welcome) = screen, welcome.phase == .lookingUp(cnic) else { return [] }
        return endSession(with: .citizenNotFound(cnic))
    }

    /// A scanned pass was checked: a valid pass of a known citizen leads to the PIN; anything else
    /// is explained in plain words.
    mutating func handlePassVerified(_ verdict: PassVerdict, citizen found: SessionCitizen?) -> [KioskEffect] {
        guard case .welcome(let welcome) = screen, welcome.phase == .checkingPass else { return [] }
        guard case .valid(let claims) = verdict else { return endSession(with: .passNotAccepted(verdict)) }
        guard let found, found.cnic == claims.cnic else { return endSession(with: .citizenNotFound(claims.cnic)) }
        citizen = found
        screen = .pin(PINScreen())
        return []
    }
}
