import Foundation

/// Drives the kiosk in a pseudo-terminal the way a citizen would: type keys, then wait until the
/// mirrored screen shows what should come next. A screen that never comes is an error that quotes
/// the screen, so a changed form or wording says where the journey stopped.
///
/// The kiosk drops an Enter that comes within `KioskLoop.doubleEnterWindow` (15 ms) of another with
/// no key between (a scanner's CR LF), so an Enter right after an Enter is typed no sooner than
/// `enterGapNanoseconds` later; a citizen's hand is never that fast, so no real press is lost.
/// Not `Sendable`: one thread drives it.
final class KioskDriver {
    /// The kiosk's terminal.
    let session: PtySession
    /// How long one expected screen may take.
    let timeoutNanoseconds: UInt64 = 10_000_000_000
    /// The least time between two Enters with no key between.
    let enterGapNanoseconds: UInt64 = 40_000_000
    /// When the last text typed ended with Enter, or nil.
    private var lastEnter: UInt64?

    /// The Home screen's question.
    static let homeText = "What would you like to do?"

    /// Drives the kiosk on `session`.
    init(session: PtySession) {
        self.session = session
    }

    /// Types `text` (Enter is `"\r"`, Tab `"\t"`), after a pause when it starts with an Enter that
    /// follows an Enter too closely.
    func type(_ text: String) {
        if text.hasPrefix("\r"), let lastEnter {
            let since = Stopwatch.now() - lastEnter
            if since < enterGapNanoseconds { usleep(UInt32((enterGapNanoseconds - since) / 1_000)) }
        }
        session.send(Array(text.utf8))
        lastEnter = text.hasSuffix("\r") ? Stopwatch.now() : nil
    }

    /// Waits until `condition` holds on the mirrored screen; the instant it first held.
    @discardableResult
    func expect(_ what: String, _ condition: (TerminalMirror) -> Bool) throws -> UInt64 {
        guard let shown = session.wait(timeoutNanoseconds: timeoutNanoseconds, until: { condition($0.screen) }) else {
            throw BenchError(description: "the kiosk never showed \(what); its screen: \(Self.describe(session.screen))")
        }
        return shown
    }

    /// Waits until some row shows `text`.
    @discardableResult
    func expect(text: String) throws -> UInt64 {
        try expect("\"\(text)\"") { $0.contains(text) }
    }

    /// From Welcome to Home: the CNIC's 13 digits, Enter, the PIN, Enter. The PIN check (scrypt) is in here.
    func signIn(cnicDigits: String, pin: String) throws {
        try expect(text: KioskLaunch.welcomeText)
        type(cnicDigits + "\r")
        try expect(text: "Enter your 4-digit PIN")
        type(pin + "\r")
        try expect(text: Self.homeText)
    }

    /// The screen's non-blank rows, trimmed and joined with ` | `.
    static func describe(_ screen: TerminalMirror) -> String {
        screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " | ")
    }
}
