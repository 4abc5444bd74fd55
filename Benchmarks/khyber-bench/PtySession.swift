import Glibc

/// A child process started in a new session on a fresh pseudo-terminal (its stdin, stdout and
/// stderr, and its controlling terminal). Everything it prints is kept and mirrored as a screen.
///
/// Not `Sendable`: one thread drives it, reading whenever it waits, so the child never blocks on output.
final class PtySession {
    /// The child's process id.
    let pid: pid_t
    /// When `posix_spawn` was called (`Stopwatch.now()`).
    let spawnedAt: UInt64
    /// Every byte the child wrote so far.
    private(set) var output: [UInt8] = []
    /// The child's screen as a terminal would show it.
    let screen: TerminalMirror
    /// True once the terminal reported end of output (every slave descriptor closed).
    private(set) var isAtEnd = false
    private let master: CInt
    private var reaped = false
    private var buffer = [UInt8](repeating: 0, count: 65_536)

    /// Starts `executable` with `arguments` and `environment` on a `width` × `height` pseudo-terminal.
    init(executable: String, arguments: [String], environment: [String: String], width: Int, height: Int, calls: PtyCalls) throws {
        let (master, slavePath) = try calls.open(width: width, height: height)
        self.master = master
        screen = TerminalMirror(width: width, height: height)

        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        // After setsid, the first terminal the child opens becomes its controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(PtyCalls.spawnSetSID | CInt(POSIX_SPAWN_SETSIGMASK) | CInt(POSIX_SPAWN_SETSIGDEF)))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        spawnedAt = Stopwatch.now()
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(master)
            throw BenchError(description: "cannot start \(executable) (error \(result))")
        }
        pid = child
    }

    deinit {
        terminate()
    }

    /// Reads what the child wrote, waiting up to `timeoutMilliseconds` for the first byte.
    func pump(timeoutMilliseconds: Int) {
        guard !isAtEnd else { return }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(max(0, timeoutMilliseconds))) > 0 else { return }
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            let chunk = buffer[..<count]
            output.append(contentsOf: chunk)
            screen.feed(chunk)
        } else if count == 0 || errno != EINTR && errno != EAGAIN {
            isAtEnd = true // EIO: the child closed the terminal
        }
    }

    /// Reads until `condition` holds or `timeoutNanoseconds` pass; the instant it first held, or nil.
    func wait(timeoutNanoseconds: UInt64, until condition: (PtySession) -> Bool) -> UInt64? {
        let deadline = Stopwatch.now() + timeoutNanoseconds
        while true {
            if condition(self) { return Stopwatch.now() }
            let now = Stopwatch.now()
            guard now < deadline, !isAtEnd else { return nil }
            pump(timeoutMilliseconds: Int((deadline - now) / 1_000_000) + 1)
        }
    }

    /// True when the raw output contains `text` (before any terminal handling).
    func outputContains(_ text: String) -> Bool {
        output.firstRange(of: Array(text.utf8)) != nil
    }

    /// Types `bytes` at the terminal.
    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 { offset += written } else if errno != EINTR { return }
        }
    }

    /// SIGTERM, up to two seconds (draining output) for the child to exit, then SIGKILL; reaps it
    /// and closes the terminal. Later calls do nothing.
    func terminate() {
        guard !reaped else { return }
        reaped = true
        kill(pid, SIGTERM)
        var status: CInt = 0
        let deadline = Stopwatch.now() + 2_000_000_000
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Stopwatch.now() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            if isAtEnd { usleep(1_000) } else { pump(timeoutMilliseconds: 10) }
        }
        close(master)
    }
}
