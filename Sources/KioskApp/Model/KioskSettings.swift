import Foundation
import IdentityCore

/// What one kiosk is configured with: who it is, where it stands and how patient it is.
public struct KioskSettings: Equatable, Sendable {
    /// The kiosk's id, e.g. `KP-PSH-001`, shown small on the Welcome screen.
    public var kioskID: String
    /// The centre the kiosk stands in, e.g. `Peshawar Civic Centre`, shown in the header.
    public var centreName: String
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

    /// Settings; the defaults suit a walk-in kiosk that is not yet connected.
    public init(
        kioskID: String = "KP-KIOSK",
        centreName: String = "Khyber Pakhtunkhwa",
        idleTimeout: TimeInterval = 60,
        idleWarning: TimeInterval = 10,
        glyphMode: GlyphMode = .unicode,
        districts: [District] = []
    ) {
        self.kioskID = kioskID
        self.centreName = centreName
        self.idleTimeout = idleTimeout
        self.idleWarning = idleWarning
        self.glyphMode = glyphMode
        self.districts = districts
    }
}
