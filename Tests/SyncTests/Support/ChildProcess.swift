import Foundation

/// A program started in the background with posix_spawn (clean signal mask, output to files), for the
/// real `khyber-central` and `khyber-kiosk` processes the sync tests run against.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    let stdoutPath: String
    let stderrPath: String
    private var exitStatus: Int32?

    /// Starts `path` with `arguments`; `environment` is added to this process's.
    init(_ path: String, _ arguments: [String], environment: [String: String] = [:], outputFolder: URL) throws {
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
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SyncTestError("cannot start \(path): error \(spawned)") }
        pid = child
    }

    /// Runs a program to its end and returns its exit status and output.
    static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:], outputFolder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let child = try ChildProcess(path, arguments, environment: environment, outputFolder: outputFolder)
        let status = child.wait()
        return (status, child.stdout, child.stderr)
    }

    var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Waits for the exit; the exit code, or 128 + the signal.
    @discardableResult
    func wait() -> Int32 {
        if let exitStatus { return exitStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        exitStatus = code
        return code
    }

    /// Sends `signal` and waits for the exit.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        if exitStatus == nil { kill(pid, signal) }
        return wait()
    }

    /// Polls standard output until `condition` holds for it (or `seconds` pass, or the process exits).
    func waitForOutput(seconds: Double, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let text = stdout
            if condition(text) { return text }
            var status: Int32 = 0
            if exitStatus == nil, waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            }
            if let exitStatus { throw SyncTestError("the process exited (\(exitStatus)) early: \(stderr.suffix(600))") }
            usleep(20_000)
        }
        throw SyncTestError("no expected output within \(seconds) s; stdout: \(stdout.suffix(300)) stderr: \(stderr.suffix(600))")
    }
}

struct SyncTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
