import Crypto
import Foundation
import IdentityCore
import KioskApp

/// One citizen's visit to the kiosk as the events the run loop would feed `Kiosk.update`:
/// typing a CNIC on Welcome, the PIN, Home, My Khyber Pass with its QR code, then walking away
/// until the idle warning counts down and the session ends.
struct FrameJourney {
    /// The citizen found by the lookup.
    let citizen: SessionCitizen
    /// A real signed pass text (122 characters), so the QR symbol has its real size.
    let passText: String
    /// The pass's last valid day.
    let validUntil: CalendarDate

    /// A journey for the demo citizen with a freshly signed pass.
    init() throws {
        let cnic = try CNIC("17301-1234567-1")
        citizen = SessionCitizen(cnic: cnic, nameLatin: "Muhammad Irfan Khan", nameUrdu: "محمد عرفان خان")
        let today = CalendarDate(pakistanDayOf: Date())
        let claims = PassClaims(keyID: 0, cnic: cnic, serial: 1, issuedOn: today, validityMonths: 60)
        passText = try PassIssuer.issue(claims, with: Ed25519PassSigner(privateKey: Curve25519.Signing.PrivateKey()))
        validUntil = today.adding(days: 5 * 365)
    }

    /// The events of one visit starting at `start` (a second apart where time matters), and the
    /// instant the visit ends.
    func events(from start: Date) -> (events: [KioskEvent], end: Date) {
        var now = start
        var events: [KioskEvent] = []
        func tick(_ seconds: TimeInterval = 1) {
            now = now.addingTimeInterval(seconds)
            events.append(.tick(now))
        }
        // Welcome: 13 digits, about three a second.
        for (index, digit) in citizen.cnic.digits.enumerated() {
            if index % 3 == 2 { tick() }
            events.append(.key(.character(digit)))
        }
        events += [.key(.enter), .citizenFound(citizen, hasPIN: true)]
        // PIN: four digits, Enter, the check.
        tick()
        events += "1357".map { .key(.character($0)) }
        events += [.key(.enter), .pinChecked(.accepted)]
        // Home: look around the menu, then My Khyber Pass.
        tick()
        events += [.key(.down), .key(.down), .key(.up), .key(.up)]
        events += [.key(.character("1")), .passLoaded(text: passText, validUntil: validUntil)]
        for _ in 0..<3 { tick() }
        // Walk away: a minute of quiet, the ten-second countdown, the wipe back to Welcome.
        tick(60)
        for _ in 0..<11 { tick() }
        return (events, now)
    }
}
