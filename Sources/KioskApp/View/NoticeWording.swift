import IdentityCore

/// The words of a notice: short, plain, one thing to do, in the session's language.
struct NoticeWording {
    /// A few words in bold.
    let headline: String
    /// What happened and what to do.
    let lines: [String]
    /// Small print for the operator.
    let detail: String?
    /// What Enter does.
    let prompt: String

    /// Words for `reason`; CNICs masked with the glyph mode's character. The small print for the
    /// operator (a paused kiosk's reason, an effect's failure) stays in English.
    init(_ reason: NoticeReason, _ state: KioskState) {
        let mode = state.settings.glyphMode
        switch reason {
        case .citizenNotFound(let cnic):
            headline = state.text("notice.notFound.headline")
            lines = [state.text("notice.notFound.line", ["cnic": cnic.masked(with: mode.cnicMask)])]
            detail = nil
            prompt = state.text("notice.retry")
        case .noPINYet:
            headline = state.text("notice.noPIN.headline")
            lines = [state.text("notice.noPIN.line")]
            detail = nil
            prompt = state.text("notice.back")
        case .passNotAccepted(let verdict):
            headline = state.text("notice.passRefused.headline")
            lines = [state.words(verdict)]
            detail = nil
            prompt = state.text("notice.back")
        case .pinLocked(let until):
            headline = state.text("notice.locked.headline")
            lines = [state.text("notice.locked.line", ["time": PakistanTime.time(until)])]
            detail = nil
            prompt = state.text("notice.back")
        case .applicationsPaused(let reason):
            headline = state.text("notice.paused.headline")
            lines = [state.text("notice.paused.line")]
            detail = FreezeWording.operatorReason(reason, state, inEnglish: true)
            prompt = state.text("notice.back")
        case .somethingWentWrong(let why):
            headline = state.text("notice.sorry.headline")
            lines = [state.text("notice.sorry.line")]
            detail = why
            prompt = state.text("notice.back")
        }
    }
}
