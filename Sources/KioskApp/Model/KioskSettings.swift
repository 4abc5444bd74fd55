import Foundation
import IdentityCore
import StringCatalog

/// What one kiosk is configured with: who it is, where it stands and how patient it is.
public struct KioskSettings: Equatable, Sendable {
    /// The kiosk's id, e.g. `KP-PSH-001`, shown small on the Welcome screen.
    public var kioskID: String
    /// The centre the kiosk stands in, e.g. `Peshawar Civic Centre`, shown in the header.
    public var centreName: String
    /// The centre's name in another script, by language code (`ur`, `ps`: config `centre_name_ur`,
    /// `centre_name_ps`); a language without one (Roman Urdu, English) shows `centreName`.
    public var centreNames: [String: String] = [:]
    /// Seconds without a key before the "Are you still there?" warning.
    public var idleTimeout: TimeInterval
    /// Seconds the warning counts down before the session ends.
    public var idleWarning: TimeInterval
    /// Unicode or plain ASCII drawing.
    public var glyphMode: GlyphMode
    /// The districts a district field offers (from `Assets/districts.json`), shown by name.
    public var districts: [District]
    /// The desk opens on operator sign-in (and returns there when a session ends) instead of Welcome.
    public var opensOnOperatorSignIn: Bool = false
    /// When new applications stop (off by default).
    public var freezeRules: FreezeRules = FreezeRules()
    /// The folder the desk's Export/Import to USB starts with (config `usb_folder`); nil: typed each time.
    public var usbFolder: String?
    /// Every word on the citizen's screens, one catalog per language (from `Assets/strings`).
    public var strings: CatalogSet
    /// The language a session starts in (config `language:`), until the citizen chooses another.
    public var defaultLanguage: String
    /// False on a terminal that cannot show Arabic script (the Linux console): Urdu and Pashto then
    /// show as their fallback, Roman Urdu.
    public var arabicScript: Bool

    /// Settings; the defaults suit a walk-in kiosk that is not yet connected.
    public init(
        kioskID: String = "KP-KIOSK",
        centreName: String = "Khyber Pakhtunkhwa",
        idleTimeout: TimeInterval = 60,
        idleWarning: TimeInterval = 10,
        glyphMode: GlyphMode = .unicode,
        districts: [District] = [],
        strings: CatalogSet = CatalogSet(),
        defaultLanguage: String = CatalogSet.referenceCode,
        arabicScript: Bool = true
    ) {
        self.kioskID = kioskID
        self.centreName = centreName
        self.idleTimeout = idleTimeout
        self.idleWarning = idleWarning
        self.glyphMode = glyphMode
        self.districts = districts
        self.strings = strings
        self.defaultLanguage = defaultLanguage
        self.arabicScript = arabicScript
    }
}

extension KioskSettings {
    /// The centre's name as the header shows it in `language`: its own script's name when configured, else `centreName`.
    public func centreName(in language: String) -> String {
        guard let name = centreNames[language], !name.isEmpty else { return centreName }
        return name
    }
}
