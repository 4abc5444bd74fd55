import CNcursesw

/// Process-wide signal policy for the kiosk's terminal.
///
/// - SIGINT, SIGQUIT, SIGTSTP are ignored (raw mode already turns Ctrl-C, Ctrl-\ and Ctrl-Z into
///   key bytes 3, 28, 26; this is the backstop if the mode is lost).
/// - SIGTERM and SIGHUP are a request to stop: the handler (C, in the CNcursesw shim) only sets a
///   flag and writes a byte to the run loop's wake pipe; the loop sees `takeStopRequest()` and wipes
///   the screen and leaves curses on its own thread. A second one gets the default action.
/// - The crash signals SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE do only async-signal-safe work:
///   `write(2)` of the terminal's restore strings (copied from terminfo at start) and of the wipe
///   sequence, `tcsetattr(2)` of the modes saved before curses started, then the signal is raised
///   again with its default action.
///
/// SIGWINCH is left to the terminal, which turns it into `.resize`.
public enum TerminalSignals {
    /// Installs the policy above; a stop signal also writes to `wakeDescriptor` (when given).
    /// Returns false if any `sigaction` call failed.
    @discardableResult
    public static func install(wakeDescriptor: Int32? = nil) -> Bool {
        kp_install_signal_handlers(wakeDescriptor ?? -1) == 0
    }

    /// Saves the terminal modes a crash handler restores; call before curses starts.
    static func saveTerminalModes() {
        kp_save_terminal_modes()
    }

    /// Copies this terminal's restore strings for a crash handler; call once curses is up.
    static func prepareCrashRestore() {
        kp_prepare_crash_restore()
    }

    /// True (once) when SIGTERM or SIGHUP arrived since the last call.
    public static func takeStopRequest() -> Bool {
        kp_take_stop() != 0
    }
}
