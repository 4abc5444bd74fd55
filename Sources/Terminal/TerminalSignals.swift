import CNcursesw

/// Process-wide signal policy for the kiosk's terminal.
///
/// - SIGINT, SIGQUIT, SIGTSTP are ignored (raw mode already turns Ctrl-C, Ctrl-\ and Ctrl-Z into
///   key bytes 3, 28, 26; this is the backstop if the mode is lost).
/// - SIGTERM, SIGHUP and the crash signals SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE leave curses
///   mode (`endwin`), wipe screen and scrollback with `write(2)` on stdout, then re-raise the
///   signal with its default action. The handler is C in the CNcursesw shim, so it touches no
///   Swift runtime state.
///
/// SIGWINCH is left to ncurses, which turns it into `KEY_RESIZE`.
public enum TerminalSignals {
    /// Installs the policy above; returns false if any `sigaction` call failed. Idempotent.
    @discardableResult
    public static func install() -> Bool {
        kp_install_signal_handlers() == 0
    }
}
