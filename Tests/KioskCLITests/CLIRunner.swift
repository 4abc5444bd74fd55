import ChildProcesses
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
        let ran = try ChildProcess.run(path, arguments, outputFolder: FileManager.default.temporaryDirectory)
        return Result(status: ran.status, stdout: ran.stdout, stderr: ran.stderr)
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

struct CLITestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
