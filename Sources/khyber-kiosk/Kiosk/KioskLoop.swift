import Foundation
import KioskApp
import Screen
import Terminal

/// The run loop: keys and ticks in, `Kiosk.update`, effects out, `Kiosk.view` painted.
/// Everything here runs on the main thread, the one that owns curses.
struct KioskLoop {
    let terminal: NcursesTerminal
    let effects: KioskEffectRunner
    var state: KioskState
    /// The background sync whose badge reports the loop shows; nil when no central store is configured.
    var sync: BackgroundSync?

    /// An Enter this soon after another Enter, with no key between, is the LF of a scanner's CR LF,
    /// not a second press.
    static let doubleEnterWindow: Duration = .milliseconds(15)

    mutating func run() {
        let clock = ContinuousClock()
        var lastEnter: ContinuousClock.Instant?
        var lastTickSecond = Int(Date().timeIntervalSince1970)
        apply(.resize(terminal.size))
        terminal.draw(Kiosk.view(state))
        while true {
            let now = Date()
            let untilNextSecond = Int((1 - now.timeIntervalSince1970.truncatingRemainder(dividingBy: 1)) * 1000) + 1
            if let key = terminal.nextKey(timeoutMilliseconds: untilNextSecond) {
                if key == .enter {
                    let at = clock.now
                    let previous = lastEnter
                    lastEnter = at
                    if let previous, previous.duration(to: at) < Self.doubleEnterWindow { continue }
                } else {
                    lastEnter = nil
                }
                if case .resize(let width, let height) = key {
                    if apply(.resize(TerminalSize(width: width, height: height))) { return }
                } else if apply(.key(key)) {
                    return
                }
            }
            if let badge = sync?.takeBadge() { apply(.connectionChanged(badge)) }
            let second = Int(Date().timeIntervalSince1970)
            if second != lastTickSecond {
                lastTickSecond = second
                if apply(.tick(Date())) { return }
            }
            terminal.draw(Kiosk.view(state))
        }
    }

    /// One line to standard error, which `run` points at DATA/kiosk.log. Messages never hold a PIN
    /// or a full CNIC (store errors mask them).
    static func log(_ message: String) {
        let line = "\(ISO8601DateFormatter().string(from: Date())) \(message)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Feeds one event and runs its effects (and theirs); true when the kiosk must quit.
    @discardableResult
    private mutating func apply(_ event: KioskEvent) -> Bool {
        var queue = [event]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Kiosk.update(&state, next) {
                switch effect {
                case .quit:
                    return true
                case .wipeScreen:
                    terminal.wipe()
                default:
                    // Show "checking…" states before slow work (a PIN hash takes tens of milliseconds).
                    terminal.draw(Kiosk.view(state))
                    if let result = effects.run(effect) {
                        if case .effectFailed(let detail) = result { Self.log("effect failed: \(detail)") }
                        queue.append(result)
                    }
                }
            }
        }
        return false
    }
}
