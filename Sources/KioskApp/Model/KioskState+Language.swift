import BidiText
import StringCatalog

extension KioskState {
    /// The catalog the screens are drawn from now: the session's choice (or the configured default),
    /// through its fallback (Roman Urdu) on a terminal that cannot show Arabic script.
    public var language: String {
        settings.strings.shown(sessionLanguage ?? settings.defaultLanguage, arabicScript: showsArabicScript)
    }

    /// True when the terminal can show Arabic script: not the Linux console, not ASCII glyph mode.
    public var showsArabicScript: Bool { settings.arabicScript && settings.glyphMode == .unicode }

    /// True when the current language reads right to left (Urdu, Pashto): layouts mirror.
    public var isRightToLeft: Bool { settings.strings.catalog(language)?.direction == .rightToLeft }

    /// The text of `key` in the current language (English, then the key, where it is missing), with
    /// `{ellipsis}` and `{upDown}` filled in for the glyph mode besides `values`. In a right-to-left
    /// language the values (dates, CNICs, counts) stay left to right inside the sentence.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let mode = settings.glyphMode
        let filled = isRightToLeft ? values.mapValues(BidiText.leftToRightData) : values
        let standard = ["ellipsis": mode.ellipsis, "upDown": mode.upDown]
        return settings.strings.text(key, in: language, standard.merging(filled) { $1 })
    }

    /// The languages Welcome offers on this terminal, in order.
    public var languageChoices: [String] { settings.strings.choices(arabicScript: showsArabicScript) }

    /// Tab on Welcome: the next language of `languageChoices`, round to the first.
    mutating func chooseNextLanguage() {
        let choices = languageChoices
        guard !choices.isEmpty else { return }
        let next = choices.firstIndex(of: language).map { choices[($0 + 1) % choices.count] } ?? choices[0]
        sessionLanguage = next
    }
}
