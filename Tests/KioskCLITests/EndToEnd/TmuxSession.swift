import Foundation

/// A real terminal for end-to-end tests: a detached tmux session on a private socket, driven with
/// `send-keys` and read with `capture-pane`, exactly what a person at the kiosk would see and press.
final class TmuxSession {
    let socket = "khyber-e2e-\(UUID().uuidString.prefix(8))"
    let name = "kiosk"

    /// How long `scripts/run-kiosk.sh` may take before its screen opens. It runs about a dozen debug
    /// binaries one after another (demo root and issuer keys, central registry, serve, enrol, approve,
    /// draft/sign/publish, a first sync): about 3 s alone, but a CI run of the whole suite on two cores took
    /// more than 30 s. A bound for a noisy machine, not a speed target (those are in `make bench`).
    static let makeRunStartup: TimeInterval = 120

    /// How long a wait gives the screen by default. A green run never waits this long (a wait returns as
    /// soon as the screen shows what it looks for); it only bounds how late a failure is reported, so it
    /// leaves room for a two-core CI machine running the whole suite, where screens came 5–10× slower.
    static let defaultWait: TimeInterval = 30

    /// Starts `command` (an argument list, run through `env`) in a width×height terminal.
    init(width: Int, height: Int, command: [String], environment: [String: String] = [:]) throws {
        // TERM is the terminal tmux emulates. (Under xterm-256color ncurses would erase blank runs with
        // background-colour-erase, which tmux shows but `capture-pane` does not report.)
        let env = ["LANG": "C.UTF-8", "TERM": "screen-256color"].merging(environment) { $1 }
        let assignments = env.map { "\($0.key)=\($0.value)" }.sorted()
        // `remain-on-exit` keeps the pane so a test can see that the kiosk ended (or did not).
        // LINES/COLUMNS from the test runner's environment would pin the size: drop them.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "env", "-u", "LINES", "-u", "COLUMNS"] + assignments + command)
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    /// Ends the server (and the program in its pane) and removes its socket file, which tmux leaves behind.
    deinit {
        _ = try? tmux(["kill-server"])
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(folder)/tmux-\(getuid())/\(socket)")
    }

    /// When the last key sent was Enter. The kiosk takes an Enter *read* within 15 ms of another,
    /// with no key between, for the LF of a scanner's CR LF and drops it (`ScannerEnterFilter`);
    /// no person presses Enter that fast, so `press` never does either. Spacing the sends is not
    /// enough: under load the kiosk may read the first Enter late and the second at once. So an
    /// Enter that follows an Enter is also sent `afterSeeing` after the screen the first one
    /// brought was read — which the kiosk drew only after reading the first.
    private var lastEnter: Date?
    static let enterSpacing: TimeInterval = 0.04
    static let afterSeeing: TimeInterval = 0.03

    /// Types text literally (a person or a keyboard-wedge scanner).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
        lastEnter = nil
    }

    /// Presses named keys: `Enter`, `Escape`, `BSpace`, `C-c`, `Up`…
    func press(_ keys: String...) throws {
        if keys.first == "Enter", let lastEnter {
            let wait = max(Self.enterSpacing - Date().timeIntervalSince(lastEnter), Self.afterSeeing)
            Thread.sleep(forTimeInterval: wait)
        }
        try tmux(["send-keys", "-t", name] + keys)
        lastEnter = keys.last == "Enter" ? Date() : nil
    }

    /// Sets a tmux option for the whole server (`set-option -g`), e.g. `status off` before a real
    /// terminal attaches, so the kiosk has every row.
    func setGlobalOption(_ option: String, _ value: String) throws {
        try tmux(["set-option", "-g", option, value])
    }

    /// The command line that attaches a real terminal emulator to this session (`tmux -L socket attach`).
    var attachCommand: [String] { ["/usr/bin/tmux", "-L", socket, "attach-session", "-t", name] }

    /// Resizes the terminal, as dragging a window would.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen as plain text lines.
    func screen() throws -> [String] { try tmux(["capture-pane", "-t", name, "-p"]).components(separatedBy: "\n") }

    /// The visible screen with colour escape sequences (`capture-pane -e`).
    func colouredScreen() throws -> [String] { try tmux(["capture-pane", "-t", name, "-p", "-e", "-N"]).components(separatedBy: "\n") }

    /// The coloured screen once two captures 150 ms apart agree: a repaint is never read half-done.
    func stableColouredScreen(timeout: TimeInterval = 5) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var previous = try colouredScreen()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.15)
            let current = try colouredScreen()
            if current == previous { return current }
            previous = current
        }
        throw CLITestError("the screen kept changing for \(timeout) s")
    }

    /// Everything the pane holds, scrollback included.
    func history() throws -> String { try tmux(["capture-pane", "-t", name, "-p", "-S", "-", "-E", "-"]) }

    /// The process id of the program in the pane (`env` execs it, so it is the kiosk itself).
    func programPID() throws -> pid_t {
        guard let pid = pid_t(try tmux(["display-message", "-t", name, "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CLITestError("tmux did not report the pane's process id")
        }
        return pid
    }

    /// Waits until the program in the pane has exited.
    func waitForExit(timeout: TimeInterval = TmuxSession.defaultWait) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try !programEnded() {
            guard Date() < deadline else { throw CLITestError("the program did not exit within \(timeout) s") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// True once the program in the pane has exited.
    func programEnded() throws -> Bool {
        try tmux(["display-message", "-t", name, "-p", "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Runs the pane's command again once it has ended (`respawn-pane`), with the scrollback cleared:
    /// the same terminal, a fresh program.
    func respawn() throws {
        try tmux(["clear-history", "-t", name])
        try tmux(["respawn-pane", "-t", name])
    }

    /// Polls the screen until `predicate` holds; fails with the last screen after `timeout`.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = TmuxSession.defaultWait, _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw CLITestError("timed out waiting for \(what); the screen was:\n" + last.joined(separator: "\n"))
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = TmuxSession.defaultWait) throws -> [String] {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Waits until the screen contains `text` and then until two captures 150 ms apart agree, so a
    /// screen whose title is drawn before its body is never read half-painted.
    @discardableResult
    func waitForSettled(text: String, timeout: TimeInterval = TmuxSession.defaultWait) throws -> [String] {
        try waitForSettled("“\(text)”", timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Waits until `predicate` holds and then until two captures 150 ms apart agree and it still
    /// holds: the screen it describes, fully painted.
    @discardableResult
    func waitForSettled(_ what: String, timeout: TimeInterval = TmuxSession.defaultWait, _ predicate: ([String]) -> Bool) throws -> [String] {
        var previous = try waitFor(what, timeout: timeout, predicate)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.15)
            let current = try screen()
            if current == previous && predicate(current) { return current }
            previous = current
        }
        throw CLITestError("the screen with \(what) kept changing for \(timeout) s; it was:\n" + previous.joined(separator: "\n"))
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try CLIRunner.tool("/usr/bin/tmux", ["-L", socket] + arguments)
        guard result.status == 0 else {
            throw CLITestError("tmux \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        }
        return result.stdout
    }
}
