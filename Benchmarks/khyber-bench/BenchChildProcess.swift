import Foundation

/// A program started in the background with posix_spawn (clean signal mask, stdin from /dev/null,
/// stdout and stderr to files), for the real `khyber-central` the sync section runs against.
final class BenchChildProcess: @unchecked Sendable {
    let pid: pid_t
    let stdoutPath: String
    let stderrPath: String
    private let lock = NSLock()
    private var exitStatus: Int32?

    /// Starts `path` with `arguments`, its output in files under `outputFolder`.
    init(_ path: String, _ arguments: [String], outputFolder: URL) throws {
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
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw StoreBenchError(description: "cannot start \(path): error \(spawned)") }
        pid = child
    }

    var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Waits for the exit; the exit code, or 128 + the signal.
    @discardableResult
    func wait() -> Int32 {
        if let known = lock.withLock({ exitStatus }) { return known }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return record(status)
    }

    /// Sends `signal` and waits for the exit.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        if lock.withLock({ exitStatus }) == nil { kill(pid, signal) }
        return wait()
    }

    /// Polls standard output until `condition` holds (or `seconds` pass, or the process exits).
    func waitForOutput(seconds: Double, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let text = stdout
            if condition(text) { return text }
            var status: Int32 = 0
            if lock.withLock({ exitStatus }) == nil, waitpid(pid, &status, WNOHANG) == pid { record(status) }
            if let code = lock.withLock({ exitStatus }) {
                throw StoreBenchError(description: "the process exited (\(code)) early: \(stderr.suffix(400))")
            }
            usleep(5_000)
        }
        throw StoreBenchError(description: "no expected output within \(seconds) s; stderr: \(stderr.suffix(400))")
    }

    @discardableResult
    private func record(_ status: Int32) -> Int32 {
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        lock.withLock { exitStatus = code }
        return code
    }
}
