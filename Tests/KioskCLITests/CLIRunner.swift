import Foundation

/// Runs the real `khyber-kiosk` binary built by `swift build` and captures what it prints.
struct CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The repository root (three levels above this file).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `$KHYBER_KIOSK_BIN`, else the debug build next to the test bundle, else .build/debug.
    static var binary: URL {
        if let explicit = ProcessInfo.processInfo.environment["KHYBER_KIOSK_BIN"] { return URL(fileURLWithPath: explicit) }
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("khyber-kiosk")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repository.appendingPathComponent(".build/debug/khyber-kiosk")
    }

    /// The `khyber-central` binary built beside `khyber-kiosk`.
    static var centralBinary: URL { binary.deletingLastPathComponent().appendingPathComponent("khyber-central") }

    /// Runs the binary with arguments (and optional standard input); never throws for a non-zero exit.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw CLITestError("no khyber-kiosk binary at \(binary.path): run `swift build` first (make test does)")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["KHYBER_ASSETS"] = repository.appendingPathComponent("Assets").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs any program (zbarimg, tmux) and returns what it printed. Output goes through temporary
    /// files, not pipes: a daemon the program leaves behind (the tmux server) would hold a pipe open forever.
    static func tool(_ path: String, _ arguments: [String]) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw CLITestError("\(path) is missing: apt-get install zbar-tools tmux (make test does)")
        }
        let folder = FileManager.default.temporaryDirectory
        let outURL = folder.appendingPathComponent("khyber-tool-\(UUID().uuidString).out")
        let errURL = folder.appendingPathComponent("khyber-tool-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let status = try spawnAndWait(path, arguments, stdout: outURL.path, stderr: errURL.path)
        return Result(
            status: status,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }

    /// A fresh temporary folder.
    /// Every test run keeps its folders under one root, `khyber-cli-tests/<run>`; a run removes the
    /// roots earlier runs left behind (Swift Testing has no end-of-run hook to do it).
    static func temporaryFolder() throws -> URL {
        let url = runRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let runRoot: URL = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("khyber-cli-tests")
        let earlierRuns = (try? FileManager.default.contentsOfDirectory(at: parent, includingPropertiesForKeys: nil)) ?? []
        for run in earlierRuns where run.lastPathComponent != "\(getpid())" {
            // A run whose process is gone: kill(pid, 0) fails for a dead process.
            if let pid = pid_t(run.lastPathComponent), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: run)
        }
        return parent.appendingPathComponent("\(getpid())")
    }()
}

/// posix_spawn + waitpid, with output to files. Foundation's `Process` can wait forever when the
/// child leaves a daemon behind (tmux's server keeps inherited descriptors), so tools run this way.
func spawnAndWait(_ path: String, _ arguments: [String], stdout: String, stderr: String) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_TRUNC, 0o600)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // A clean signal state for the child: the test runner's blocked or ignored signals must not leak
    // into tmux and from there into the kiosk.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t(), all = sigset_t()
    sigemptyset(&empty)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    guard spawned == 0 else { throw CLITestError("cannot start \(path): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
        guard errno == EINTR else { throw CLITestError("waitpid failed for \(path): errno \(errno)") }
    }
    // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
    return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
}

struct CLITestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
