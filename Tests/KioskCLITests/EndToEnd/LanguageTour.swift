import BidiText
import Foundation
import Screen
import Testing

/// The real kiosk in tmux, walked through every citizen screen in one language, each screen read only
/// once settled and checked (`TourScreen.problems`): Welcome (the language chosen with Tab), PIN,
/// Home, My Khyber Pass, the service list, every step of one service, Review, Declaration, the
/// receipt (both pages where there are two), My applications and the application's detail, Change PIN,
/// and Welcome again after signing out, back in the configured default (English).
final class LanguageTour {
    let language: TourLanguage
    let width: Int
    let height: Int
    let data: URL
    let session: TmuxSession
    let service: TourService
    /// Latin words the citizens' own records put on screens (name, father's name, address, tehsil).
    var dataWords: Set<String>
    /// The citizen's name in Urdu script, from the registry.
    let nameUrdu: String
    /// The screens seen so far, by name.
    private(set) var visited: [String] = []
    /// The masked CNIC as the kiosk writes it (`•` in Unicode glyph mode, `*` in ASCII).
    var mask = "17301-•••••67-1"
    /// The middle digits of every CNIC the tour types: never on screen after Welcome.
    var hiddenDigits: Set<String> = ["1234567"]
    let citizen = TmuxSession.irfan

    /// The kiosk on `data` with `config` (KioskConfig/walk-in-kiosk.yaml unless given).
    init(_ language: TourLanguage, width: Int, height: Int, data: URL, config: URL? = nil) throws {
        self.language = language
        self.width = width
        self.height = height
        self.data = data
        service = try TourService(.domicile)
        dataWords = try Self.latinWords(of: TmuxSession.irfan, in: data)
        nameUrdu = try Self.registry("name_urdu", of: TmuxSession.irfan, in: data)
        let config = (config ?? CLIRunner.repository.appendingPathComponent("KioskConfig/walk-in-kiosk.yaml")).path
        var environment = ["KHYBER_ASSETS": CLIRunner.repository.appendingPathComponent("Assets").path]
        if let term = language.term { environment["TERM"] = term }
        session = try TmuxSession(width: width, height: height, command: [
            CLIRunner.binary.path, "run", "--config", config, "--data", data.path,
        ], environment: environment)
    }

    // MARK: - The tour

    /// Every screen, in the order a citizen meets them.
    func walk() throws {
        try chooseLanguage()
        try signIn()
        try myPass()
        let tracking = try apply()
        try myApplications(tracking)
        try changePIN()
        try signOut()
    }

    /// Welcome in English, then Tab until this language is the one in use.
    func chooseLanguage() throws {
        try see("Welcome (en)", in: .english, ["welcome.title", "welcome.instruction", "welcome.chooseLanguage", "welcome.legend.resting"])
        for code in language.chooserPath {
            try session.press("Tab")
            let passing = code == language.code ? language : TourLanguage(code: code, term: language.term, chooser: language.chooser)
            try see(code == language.code ? "Welcome" : "Welcome (\(code))", in: passing, ["welcome.title", "welcome.instruction"])
        }
        var keys = ["welcome.title", "welcome.instruction", "welcome.chooseLanguage", "welcome.legend.resting"]
        if language.term == "linux" { keys.append("welcome.noArabicScript") }
        try see("Welcome", keys)
        try expectChosen(language)
    }

    /// The chooser shows `chosen`'s name, and only it, in reverse video.
    func expectChosen(_ chosen: TourLanguage) throws {
        let coloured = try session.stableColouredScreen()
        let row = coloured.first { $0.contains("English") }  // the chooser's row: no other row says "English"
        let highlighted = row.map(TourScreen.reversed) ?? ""
        #expect(highlighted == chosen.shownName, "\(self): the chooser highlights “\(highlighted)”, not \(chosen.shownName): \(row ?? "no chooser")")
    }

    /// CNIC, PIN, Home.
    func signIn() throws {
        try typeCNIC(citizen.cnic)
        try session.press("Enter")
        let pin = try session.waitForSettled("the PIN screen") { TourScreen($0, name: "").shows(self.language.shown("pin.instruction")) }
        if TourScreen(pin, name: "").shows("17301-*****67-1") { mask = "17301-*****67-1" }
        try see("PIN", ["pin.instruction", "pin.legend", "greeting"], ["greeting": ["name": citizen.name]], also: [mask])
        try session.type(citizen.pin)
        try session.press("Enter")
        try home()
    }

    /// Home, its menu numbered on the reading side (right in Urdu and Pashto).
    @discardableResult
    func home() throws -> TourScreen {
        // The citizen's Urdu name, shaped, on every screen that can show Arabic script (English ones too).
        let urduName = language.term == "linux" ? [] : [TourScreen.withoutMarks(BidiText.visual(nameUrdu, direction: .rightToLeft))]
        let home = try see("Home", ["home.question", "home.myPass", "home.apply", "home.applications", "home.changePIN", "home.signOut", "greeting"],
                           ["greeting": ["name": citizen.name]], also: [mask] + urduName)
        let entry = home.lines.first { $0.contains(language.shown("home.myPass")) }
        #expect(entry.flatMap(numberKey) == "1", "\(self): Home's entry 1 is numbered on the \(side) side: \(entry ?? "none")")
        return home
    }

    /// My Khyber Pass: the code on the right in Urdu and Pashto, on the left in English.
    func myPass() throws {
        try session.type("1")
        let pass = try see("My Khyber Pass", ["pass.title", "pass.legend"], also: [mask])
        let title = language.shown("pass.title")
        if let code = pass.codeColumns, let at = pass.position(of: title) {
            let mirrored = language.rightToLeft ? at.column + DisplayWidth.of(title) <= code.lowerBound : at.column > code.upperBound
            #expect(mirrored, "\(self): the pass's title is on the \(language.rightToLeft ? "left" : "right") of its code:\n\(pass.text)")
        } else {
            Issue.record("\(self): no code or no title on My Khyber Pass:\n\(pass.text)")
        }
        try session.press("Escape")
        try home()
    }

    /// The service list, every step, Review, Declaration, Submit and the receipt; the tracking number.
    func apply() throws -> String {
        try session.type("2")
        let titles = try TourService.allTitles().map(language.shown(definition:))
        let list = try see("the service list", ["services.title", "services.choose", "list.pressNumber", "legend.back"], also: titles)
        let row = list.lines.first { $0.contains(language.shown(definition: service.title)) }
        let key = try #require(row.flatMap(numberKey), "\(self): the service is numbered on the \(side) side: \(row ?? "none")")
        try session.type(key)
        let steps = service.journey.steps
        #expect(service.stepTitles.count == steps.count, "the journey has a row for every step of \(service.journey.serviceID)")
        for (index, step) in steps.enumerated() {
            let counter = ["wizard.step": ["number": "\(index + 1)", "count": "\(steps.count)"]]
            let shownTitle = language.shown(definition: service.stepTitles[index])
            var fields = [language.shown(definition: service.title), shownTitle]
            if index == 0 { fields.append(mask) }
            try see("step \(index + 1)", ["wizard.step", "wizard.next"], counter, also: fields)
            if index == 0 {
                // Esc asks first; 2 stays, on the same step.
                try session.press("Escape")
                try see("Leave this form?", ["wizard.leaveQuestion", "wizard.answersLost", "wizard.leaveLegend"])
                try session.type("2")
                try see("step 1 again", ["wizard.step", "wizard.next"], counter, also: fields)
            } else if index == 1 {
                // Enter with a required answer missing: the validation message in this language.
                try session.press("Enter")
                try see("step 2, not filled in", ["form.required", "wizard.step"], counter, also: fields)
            }
            for (field, answer) in step.answers.enumerated() {
                if field > 0 { try session.press("Tab") }
                if !answer.isEmpty { try session.type(answer) }
            }
            try session.press("Enter")
        }
        try see("Review", ["review.title", "review.fromRecord"], also: [language.shown(definition: service.title), mask])
        try session.press("Enter")
        try see("Declaration", ["declaration.title", "declaration.line", "declaration.pressAgree", "declaration.legend"],
                also: [language.shown(definition: service.title)])
        try session.type("1")
        try see("Declaration, agreed", ["declaration.pressSubmit", "declaration.legendAgreed"], also: ["200"])
        try session.press("Enter")
        return try receipt()
    }

    /// The receipt: the tracking number spaced and left to right, the code on the left in Urdu and
    /// Pashto; the documents on a second page where the first has no room for them.
    func receipt() throws -> String {
        let first = try see("the receipt", ["receipt.saved", "receipt.yourTracking", "receipt.fee"], also: [language.shown(definition: service.title)])
        let saved = try KioskRecords.applications(in: data)
        let tracking = try #require(saved.first?.tracking, "\(self): the application is saved")
        #expect(saved.count == 1)
        let spaced = tracking.map(String.init).joined(separator: " ")
        let at = try #require(first.position(of: spaced), "\(self): the receipt shows \(spaced), left to right:\n\(first.text)")
        if let code = first.codeColumns {
            let mirrored = language.rightToLeft ? code.upperBound < at.column : at.column + spaced.count <= code.lowerBound
            #expect(mirrored, "\(self): the receipt's code is on the \(language.rightToLeft ? "left" : "right"):\n\(first.text)")
        } else {
            Issue.record("\(self): no code on the receipt:\n\(first.text)")
        }
        if first.shows(language.shown("receipt.pressForDocuments")) {
            try session.press("Enter")
            try see("the receipt's documents", ["receipt.documents", "receipt.legendDone", "receipt.tracking"], ["receipt.tracking": ["tracking": tracking]])
        } else {
            #expect(first.shows(language.shown("receipt.documents")), "\(self): one page, so the documents are on it:\n\(first.text)")
        }
        try session.press("Escape")
        try home()
        return tracking
    }

    /// My applications: the new one, numbered on the reading side, its tracking number left to right;
    /// then its detail.
    func myApplications(_ tracking: String) throws {
        try session.type("3")
        let list = try see("My applications", ["applications.title", "status.saved-on-kiosk"], also: [tracking])
        let row = list.lines.first { $0.contains(tracking) }
        #expect(row.flatMap(numberKey) == "1", "\(self): the application is numbered on the \(side) side: \(row ?? "none")")
        try session.type("1")
        try see("the application's detail", ["applications.status", "applications.submitted", "status.saved-on-kiosk"],
                also: [language.shown(definition: service.title), tracking.map(String.init).joined(separator: " ")])
        try session.press("Escape")
        try see("My applications again", ["applications.title"], also: [tracking])
        try session.press("Escape")
        try home()
    }

    /// Change PIN: the current PIN, a new one refused as too easy (0000), Esc before any change.
    func changePIN() throws {
        try session.type("4")
        try see("Change PIN", ["changePIN.title", "changePIN.old"])
        try session.type(citizen.pin)
        try session.press("Enter")
        try see("Change PIN, a new one", ["changePIN.title", "changePIN.first"])
        try session.type("0000")
        try session.press("Enter")
        try see("Change PIN, too weak", ["changePIN.title", "weak.sameDigit"])
        try session.press("Escape")
        try home()
    }

    /// Sign out: Welcome in the configured default, English; the choice did not outlive the session.
    func signOut() throws {
        try session.type("0")
        try welcomeWiped("Welcome after signing out (en)")
    }

    /// Welcome in English with nothing of the citizen left (name, Urdu name, CNIC), English chosen.
    func welcomeWiped(_ name: String, timeout: TimeInterval = 15) throws {
        let welcome = try see(name, in: .english, ["welcome.title", "welcome.instruction", "welcome.chooseLanguage"], timeout: timeout)
        let urduName = BidiText.visual(nameUrdu, direction: .rightToLeft)
        let left = [citizen.name, TourScreen.withoutMarks(urduName), "67-1"].filter { welcome.text.contains($0) }
        #expect(left.isEmpty, "\(self): \(name): nothing of the citizen is left, but \(left) is:\n\(welcome.text)")
        try expectChosen(.english)
    }

    // MARK: - Seeing a screen

    /// Waits until every expected field shows and the screen has settled, then checks it in `shownIn`
    /// (this tour's language unless given). `keys` are catalog keys (`values` fill their placeholders),
    /// `also` fields already shaped; the English texts of the keys must not show in another language.
    @discardableResult
    func see(
        _ name: String, in shownIn: TourLanguage? = nil, _ keys: [String], _ values: [String: [String: String]] = [:], also fields: [String] = [],
        timeout: TimeInterval = 15
    ) throws -> TourScreen {
        let language = shownIn ?? self.language
        let expected = keys.map { language.shown($0, values[$0] ?? [:]) } + fields
        let forbidden = language.code == "en" ? [] : keys.compactMap { key -> String? in
            let english = language.englishText(key, values[key] ?? [:])
            return english == TourScreen.withoutMarks(language.text(key, values[key] ?? [:])) ? nil : english
        }
        let captured: [String]
        do {
            captured = try session.waitForSettled("\(name) in \(language)", timeout: timeout) { lines in
                let screen = TourScreen(lines, name: name)
                return expected.allSatisfy(screen.shows)
            }
        } catch {
            let last = TourScreen(try session.screen(), name: name)
            Issue.record("\(self): \(name) never showed: \(last.problems(language, width: width, expected: expected, forbidden: forbidden, dataWords: dataWords, hiddenDigits: hiddenDigits))\n\(last.text)")
            throw error
        }
        let screen = TourScreen(captured, name: name)
        let problems = screen.problems(language, width: width, expected: expected, forbidden: forbidden, dataWords: dataWords, hiddenDigits: hiddenDigits)
        #expect(problems.isEmpty, "\(self): \(name): \(problems.joined(separator: "; "))\n\(screen.text)")
        visited.append(name)
        return screen
    }

    // MARK: - Reading and mirroring

    /// A list row's number key: its last word right to left, its first left to right; nil when that
    /// word is not a single digit (the row is not numbered on the reading side).
    func numberKey(_ row: String) -> String? {
        let words = row.split(separator: " ")
        guard let word = language.rightToLeft ? words.last : words.first, word.count == 1, word.first!.isNumber else { return nil }
        return String(word)
    }

    private var side: String { language.rightToLeft ? "right" : "left" }

    /// Words of Latin letters in a citizen's registry record (sqlite3, as the back office would read it).
    static func latinWords(of citizen: TmuxSession.Citizen, in data: URL) throws -> Set<String> {
        let text = try registry("name_latin || ' ' || guardian_latin || ' ' || tehsil || ' ' || address", of: citizen, in: data)
        return Set(text.split { !$0.isASCII || !$0.isLetter }.map(String.init))
    }

    /// One SQL expression over the citizen's registry row.
    static func registry(_ expression: String, of citizen: TmuxSession.Citizen, in data: URL) throws -> String {
        let query = "SELECT \(expression) FROM citizen WHERE cnic = \(citizen.cnic)"
        let result = try CLIRunner.tool("/usr/bin/sqlite3", [data.appendingPathComponent("registry.sqlite").path, query])
        let value = result.stdout.trimmingCharacters(in: .newlines)
        guard result.status == 0, !value.isEmpty else { throw CLITestError("no registry row for \(citizen.name): \(result.stderr)") }
        return value
    }
}

extension LanguageTour: CustomStringConvertible {
    var description: String { "\(language) \(width)×\(height)" }
}
