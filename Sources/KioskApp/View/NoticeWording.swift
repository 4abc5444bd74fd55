import IdentityCore

/// The words of a notice: short, plain, one thing to do.
struct NoticeWording {
    /// A few words in bold.
    let headline: String
    /// What happened and what to do.
    let lines: [String]
    /// Small print for the operator.
    let detail: String?
    /// What Enter does.
    let prompt: String

    /// Words for `reason`; CNICs masked with `mode`'s character.
    init(_ reason: NoticeReason, mode: GlyphMode) {
        switch reason {
        case .citizenNotFound(let cnic):
            headline = "No record found"
            lines = ["No record for \(cnic.masked(with: mode.cnicMask))"]
            detail = nil
            prompt = "Press Enter to try again"
        case .noPINYet:
            headline = "No PIN yet"
            lines = ["You have not set a PIN yet. Please ask at the counter."]
            detail = nil
            prompt = "Press Enter to go back"
        case .passNotAccepted(let verdict):
            headline = "Pass not accepted"
            lines = [verdict.explanation]
            detail = nil
            prompt = "Press Enter to go back"
        case .pinLocked(let until):
            headline = "PIN locked"
            lines = ["Too many wrong tries. Locked until \(PakistanTime.time(until))."]
            detail = nil
            prompt = "Press Enter to go back"
        case .applicationsPaused(let reason):
            headline = "Applications paused"
            lines = [FreezeWording.citizenText(reason).en]
            detail = FreezeWording.operatorReason(reason)
            prompt = "Press Enter to go back"
        case .somethingWentWrong(let why):
            headline = "Sorry"
            lines = ["Something went wrong. Please try again, or ask at the counter."]
            detail = why
            prompt = "Press Enter to go back"
        }
    }
}
