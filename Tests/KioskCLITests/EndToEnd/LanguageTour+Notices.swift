import Foundation
import IdentityCore
import Testing

/// The notices tour: the screens a visit can end on before Home, and the idle warning, each read once
/// settled and checked like every screen of the tour (`see`). Welcome is English again after each notice
/// (leaving a notice ends the session's language), so the language is chosen again with Tab every time.
extension LanguageTour {
    /// A well-formed CNIC of Peshawar that the seeded registry does not hold.
    static let stranger = TmuxSession.Citizen(cnic: "1730198765439", pin: "", name: "")

    /// Not found → Welcome; no PIN yet → Welcome; Ayesha's wrong PIN until locked → Welcome; Irfan
    /// signed in and left alone: the idle warning, then Welcome in English, wiped. `warningSeconds` is
    /// the config's `idle_warning_seconds`.
    func notices(warningSeconds: Int) throws {
        try chooseLanguage()
        try notFound()
        try chooseLanguage()
        try noPIN()
        try chooseLanguage()
        try wrongPINUntilLocked(TmuxSession.ayesha)
        try chooseLanguage()
        try signIn()
        try idleWarning(warningSeconds: warningSeconds)
    }

    /// A CNIC that is not in the registry: "No record found", the CNIC masked; Enter goes back.
    func notFound() throws {
        let stranger = Self.stranger
        let held = try Self.registry("count(*)", of: stranger, in: data)
        try #require(held == "0", "\(self): \(Self.formatted(stranger.cnic)) is not in the seeded registry (\(held))")
        hiddenDigits.insert(Self.middle(of: stranger.cnic))
        try typeCNIC(stranger.cnic)
        try session.press("Enter")
        let headline = language.shown("notice.notFound.headline")
        let notice = try session.waitForSettled("the not-found notice") { TourScreen($0, name: "").shows(headline) }
        let glyph: Character = TourScreen(notice, name: "").shows(Self.masked(stranger.cnic, "*")) ? "*" : "•"
        mask = Self.masked(citizen.cnic, glyph)
        try see("No record found", ["notice.notFound.headline", "notice.notFound.line", "notice.retry", "notice.legend"],
                ["notice.notFound.line": ["cnic": Self.masked(stranger.cnic, glyph)]])
        try session.press("Enter")
    }

    /// A seeded synthetic citizen, who has no PIN: "No PIN yet … ask at the counter"; Enter goes back.
    func noPIN() throws {
        let row = try RegistryRow.withoutPIN(in: data)
        hiddenDigits.insert(Self.middle(of: row.cnic))
        try typeCNIC(row.cnic)
        try session.press("Enter")
        try see("No PIN yet", ["notice.noPIN.headline", "notice.noPIN.line", "notice.back", "notice.legend"])
        try session.press("Enter")
    }

    /// `who`'s PIN screen, a wrong PIN until one try is left (tries left said each time), one more:
    /// "PIN locked" until the time the registry file holds; Enter goes back.
    func wrongPINUntilLocked(_ who: TmuxSession.Citizen) throws {
        dataWords.formUnion(try Self.latinWords(of: who, in: data))
        hiddenDigits.insert(Self.middle(of: who.cnic))
        let masked = Self.masked(who.cnic, mask.contains("*") ? "*" : "•")
        try typeCNIC(who.cnic)
        try session.press("Enter")
        try see("PIN (\(who.name))", ["pin.instruction", "pin.legend", "greeting"], ["greeting": ["name": who.name]], also: [masked])
        let wrong = who.pin == "0000" ? "1111" : "0000"
        let attempts = PINPolicy().maxAttempts
        for tried in 1..<attempts {
            try session.type(wrong)
            try session.press("Enter")
            let left = attempts - tried
            let key = left == 1 ? "pin.wrongOne" : "pin.wrongMany"
            try see("wrong PIN, \(left) left", [key, "pin.instruction"], [key: ["count": "\(left)"]], also: [masked])
        }
        try session.type(wrong)
        try session.press("Enter")
        let headline = language.shown("notice.locked.headline")
        try session.waitForSettled("the PIN-locked notice") { TourScreen($0, name: "").shows(headline) }
        let until = try Self.registry("(SELECT locked_until FROM pin_credential WHERE cnic = citizen.cnic)", of: who, in: data)
        let instant = try #require(Double(until), "\(self): the registry holds when \(who.name)'s lock ends: \(until)")
        try see("PIN locked", ["notice.locked.headline", "notice.locked.line", "notice.back", "notice.legend"],
                ["notice.locked.line": ["time": Self.pakistanClock(instant)]])
        try session.press("Enter")
    }

    /// Signed in and left alone on Home: "Are you still there?" over it, the seconds left (digits left to
    /// right inside the sentence); then Welcome in English, nothing of the citizen left.
    func idleWarning(warningSeconds: Int) throws {
        let warning = try see("the idle warning", ["idle.title", "idle.press"], timeout: 30)
        let closing = (2...max(2, warningSeconds)).map { language.shown("idle.closingMany", ["count": "\($0)"]) } + [language.shown("idle.closingOne")]
        #expect(closing.contains(where: warning.shows), "\(self): the idle warning counts down, one of \(closing):\n\(warning.text)")
        try welcomeWiped("Welcome after the idle timeout (en)", timeout: TimeInterval(warningSeconds) + 10)
    }

    /// Types `cnic` on Welcome, until it shows formatted, with Welcome's typing legend.
    func typeCNIC(_ cnic: String) throws {
        let shown = Self.formatted(cnic)
        try session.type(cnic)
        let typed = try session.waitForSettled("the typed CNIC \(shown)") { TourScreen($0, name: "").shows(shown) }
        #expect(TourScreen(typed, name: "").shows(language.shown("welcome.legend.typing")), "\(self): Welcome's typing legend")
    }

    // MARK: - CNICs and clocks

    /// `17301-1234567-1`.
    static func formatted(_ cnic: String) -> String {
        let digits = Array(cnic)
        return String(digits[0..<5]) + "-" + String(digits[5..<12]) + "-" + String(digits[12])
    }

    /// `17301-•••••67-1`: the CNIC as a citizen's screen writes it.
    static func masked(_ cnic: String, _ glyph: Character) -> String {
        let digits = Array(cnic)
        return String(digits[0..<5]) + "-" + String(repeating: glyph, count: 5) + String(digits[10..<12]) + "-" + String(digits[12])
    }

    /// The seven middle digits, which no screen after Welcome may show.
    static func middle(of cnic: String) -> String { String(Array(cnic)[5..<12]) }

    /// `14:05`: a Unix time as Pakistan's clock reads it (UTC+05:00, no daylight saving).
    static func pakistanClock(_ seconds: Double) -> String {
        let local = Int(seconds.rounded(.down)) + CalendarDate.pakistanOffsetSeconds
        let ofDay = (local % 86_400 + 86_400) % 86_400
        return String(format: "%02d:%02d", ofDay / 3600, ofDay % 3600 / 60)
    }
}
