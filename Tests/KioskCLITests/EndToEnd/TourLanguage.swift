import BidiText
import Foundation

/// One language of the language tour: how it is chosen on Welcome, and what its screens must say,
/// read from the shipped catalog (`Assets/strings/<code>.json`) and the service definitions, shaped
/// the way the kiosk writes a field (FriBidi, right to left where the text holds Arabic script).
struct TourLanguage: Sendable, CustomStringConvertible {
    /// The catalog shown (`en`, `ur`, `ps`, `ur-Latn`).
    let code: String
    /// Set as TERM in the kiosk's own environment: `linux` for Roman Urdu (no Arabic script there).
    let term: String?
    /// Welcome's chooser in order on that terminal; Tab goes round it, English first.
    let chooser: [String]
    /// Right to left: Urdu and Pashto.
    let rightToLeft: Bool
    /// The language's own name, as the chooser writes it (`اردو`), shaped.
    let shownName: String
    private let strings: [String: String]
    private let english: [String: String]

    var description: String { code }
    /// True for the languages written in Arabic script.
    var arabicScript: Bool { rightToLeft }

    init(code: String, term: String? = nil, chooser: [String] = ["en", "ur", "ps"]) {
        self.code = code
        self.term = term
        self.chooser = chooser
        let english = Self.catalog("en")
        let own = Self.catalog(code)
        self.english = english.strings
        strings = english.strings.merging(own.strings) { $1 }
        rightToLeft = own.direction == "rtl"
        shownName = TourScreen.withoutMarks(BidiText.visual(own.name, direction: .rightToLeftWhenPresent))
    }

    static let english = TourLanguage(code: "en")
    static let urdu = TourLanguage(code: "ur")
    static let pashto = TourLanguage(code: "ps")
    static let romanUrdu = TourLanguage(code: "ur-Latn", term: "linux", chooser: ["en", "ur-Latn"])
    static let all = [english, urdu, pashto, romanUrdu]

    /// Tab presses on Welcome from English to this language, and the languages passed on the way.
    var chooserPath: [String] {
        guard let index = chooser.firstIndex(of: code) else { return [] }
        return Array(chooser[...index].dropFirst())
    }

    /// Every catalog key (the English reference's): none may show through as itself.
    var keys: [String] { Array(english.keys) }

    /// The catalog text of `key` with `{name}` placeholders filled, in logical order; values stay
    /// left to right inside right-to-left text (LEFT-TO-RIGHT MARKs, as the kiosk wraps them).
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        fill(strings[key] ?? key, values, marked: rightToLeft)
    }

    /// The English text of `key` as an English screen shows it.
    func englishText(_ key: String, _ values: [String: String] = [:]) -> String {
        fill(english[key] ?? key, values, marked: false)
    }

    /// `text` as it reaches the terminal: one field, shaped and in visual order.
    func shown(_ key: String, _ values: [String: String] = [:]) -> String { visual(text(key, values)) }

    /// A text of a service definition (`{"en": …, "ur": …}`) in this language, as the kiosk picks it:
    /// Pashto → ps, else ur, else en; Roman Urdu → ur-Latn, else en; shaped.
    func shown(definition text: [String: String]) -> String {
        let order = ["ur": ["ur"], "ps": ["ps", "ur"], "ur-Latn": ["ur-Latn"]][code, default: []] + ["en"]
        return visual(order.lazy.compactMap { text[$0] }.first ?? "")
    }

    /// One field as the kiosk writes it, without the zero-width bidi marks (tmux may or may not keep them).
    func visual(_ logical: String) -> String {
        TourScreen.withoutMarks(rightToLeft ? BidiText.visual(logical, direction: .rightToLeftWhenPresent) : logical)
    }

    private func fill(_ template: String, _ values: [String: String], marked: Bool) -> String {
        values.reduce(template) { text, value in
            text.replacingOccurrences(of: "{\(value.key)}", with: marked ? BidiText.leftToRightData(value.value) : value.value)
        }
    }

    private struct Catalog: Decodable {
        let name: String
        let direction: String
        let strings: [String: String]
    }

    private static func catalog(_ code: String) -> Catalog {
        let url = CLIRunner.repository.appendingPathComponent("Assets/strings/\(code).json")
        // A catalog that cannot be read fails every check that needs it, with the file's name in the message.
        guard let data = try? Data(contentsOf: url), let catalog = try? JSONDecoder().decode(Catalog.self, from: data) else {
            return Catalog(name: code, direction: "ltr", strings: [:])
        }
        return catalog
    }
}

/// The service the tour applies for, its texts read from `Assets/services/<id>.json`.
struct TourService {
    let journey: ServiceJourney
    let title: [String: String]
    let stepTitles: [[String: String]]

    init(_ journey: ServiceJourney) throws {
        self.journey = journey
        let url = CLIRunner.repository.appendingPathComponent("Assets/services/\(journey.serviceID).json")
        let definition = try JSONDecoder().decode(Definition.self, from: Data(contentsOf: url))
        title = definition.title
        stepTitles = definition.steps.map(\.title)
    }

    /// The titles of every shipped service.
    static func allTitles() throws -> [[String: String]] {
        try ServiceJourney.all.map { try TourService($0).title }
    }

    private struct Definition: Decodable {
        struct Step: Decodable { let title: [String: String] }
        let title: [String: String]
        let steps: [Step]
    }
}
