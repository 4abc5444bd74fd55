import Foundation
import Screen

/// Everything the kiosk knows at one moment; the frame is a pure function of it.
public struct KioskState: Equatable, Sendable {
    /// The screen shown and its data.
    public var screen: KioskScreen
    /// The citizen identified (PIN screen) or signed in (Home and after); nil on Welcome.
    public var citizen: SessionCitizen?
    /// The current time, from the latest tick.
    public var now: Date
    /// The terminal size, from the latest resize.
    public var size: TerminalSize
    /// The kiosk's configuration.
    public var settings: KioskSettings
    /// The link to the central store, as the sync engine last reported it.
    public var connection = ConnectionBadge()
    /// When the last key arrived (Ctrl-C does not count).
    public var lastActivity: Date
    /// While the idle warning shows: when the session ends unless a key comes.
    public var idleWarningDeadline: Date?
    /// The operator exit chord and prompt.
    public var operatorExit: OperatorExit
    /// The operator signed in at the desk; nil for a citizen's session.
    public var operatorSession: OperatorSession?
    /// Since when the kiosk's trust bundle has been expired (nil: valid or none); the freeze rules read it.
    public var trustExpiredSince: Date?
    /// The language the citizen chose on Welcome for this session; nil: the configured default.
    /// Ends with the session (sign-out, idle timeout).
    public var sessionLanguage: String?

    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = TerminalSize(width: 80, height: 24)

    /// A kiosk resting on an empty Welcome screen.
    public init(settings: KioskSettings = KioskSettings(), now: Date, size: TerminalSize = KioskState.minimumSize) {
        self.screen = settings.opensOnOperatorSignIn ? .desk(.signIn(OperatorSignInScreen())) : .start
        self.citizen = nil
        self.now = now
        self.size = size
        self.settings = settings
        self.lastActivity = now
        self.idleWarningDeadline = nil
        self.operatorExit = .idle
    }

    /// True when the terminal is smaller than 80×24 and only a "make the window bigger" message shows.
    public var isTooSmall: Bool {
        size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
    }

    /// True when there is something to lose by walking away: a citizen, typed input, a message, an open
    /// prompt, a language chosen (the next person must not inherit it).
    public var hasSessionOrPendingInput: Bool {
        if citizen != nil || operatorExit.isPromptOpen || sessionLanguage != nil { return true }
        if case .welcome(let welcome) = screen { return !welcome.isResting }
        if operatorSession == nil, case .desk(.signIn(let signIn)) = screen { return !signIn.isResting }
        return true
    }

    /// Whole seconds left on the idle warning (10…1), or nil when it is not showing.
    public var idleSecondsLeft: Int? {
        guard let deadline = idleWarningDeadline else { return nil }
        return max(1, Int(deadline.timeIntervalSince(now).rounded(.up)))
    }
}
