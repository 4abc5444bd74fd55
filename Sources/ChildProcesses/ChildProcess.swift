import Foundation
import Synchronization

/// A program started with posix_spawn — a clean signal mask and default signal actions (the caller's
/// blocked or ignored signals must not leak into it), standard input from /dev/null, standard output
/// and error into files — for tests and benchmarks that run the real `khyber-kiosk`, `khyber-central`,
/// tmux or zbarimg. Files, not pipes: a daemon the program leaves behind (tmux's server) would hold a
/// pipe open forever, and Foundation's `Process` then waits forever.
public final class ChildProcess: Sendable {
    public let pid: pid_t
    public let stdoutPath: String
    public let stderrPath: String
    /// The exit code once `wait` or `waitForOutput` has seen the exit.
    private let exitStatus = Mutex<Int32?>(nil)

    /// Starts `path` with `arguments`; `environment` is added to this process's. Output goes to two new
    /// files in `outputFolder`.
    public init(_ path: String, _ arguments: [String], environment: [String: String] = [:], outputFolder: URL) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent + "-" + UUID().uuidString.prefix(8)
        stdoutPath = outputFolder.appendingPathComponent(name + ".out").path
        stderrPath = outputFolder.appendingPathComponent(name + ".err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw ChildProcessError("cannot start \(path): error \(spawned)") }
        pid = child
    }

    /// Runs a program to its end: its exit status and what it printed.
    public static func run(
        _ path: String, _ arguments: [String], environment: [String: String] = [:], outputFolder: URL
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let child = try ChildProcess(path, arguments, environment: environment, outputFolder: outputFolder)
        let status = child.wait()
        defer { child.removeOutputFiles() }
        return (status, child.stdout, child.stderr)
    }

    /// What it printed so far.
    public var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    public var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Waits for the exit; the exit code, or 128 + the signal.
    @discardableResult
    public func wait() -> Int32 {
        if let known = exitStatus.withLock({ $0 }) { return known }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return record(status)
    }

    /// Sends `signal` (unless it has exited) and waits for the exit.
    @discardableResult
    public func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        if exitStatus.withLock({ $0 }) == nil { kill(pid, signal) }
        return wait()
    }

    /// Polls standard output until `condition` holds for it; throws when `seconds` pass or the process exits first.
    public func waitForOutput(seconds: Double, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let text = stdout
            if condition(text) { return text }
            var status: Int32 = 0
            if exitStatus.withLock({ $0 }) == nil, waitpid(pid, &status, WNOHANG) == pid { record(status) }
            if let code = exitStatus.withLock({ $0 }) {
                throw ChildProcessError("the process exited (\(code)) early: \(stderr.suffix(600))")
            }
            usleep(10_000)
        }
        throw ChildProcessError("no expected output within \(seconds) s; stdout: \(stdout.suffix(300)) stderr: \(stderr.suffix(600))")
    }

    /// Deletes the two output files.
    public func removeOutputFiles() {
        try? FileManager.default.removeItem(atPath: stdoutPath)
        try? FileManager.default.removeItem(atPath: stderrPath)
    }

    @discardableResult
    private func record(_ status: Int32) -> Int32 {
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        exitStatus.withLock { $0 = code }
        return code
    }
}

/// Why a child process could not be started or did not say what was expected.
public struct ChildProcessError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
