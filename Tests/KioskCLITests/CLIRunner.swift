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

    /// Runs any program (zbarimg) and returns its standard output.
    static func tool(_ path: String, _ arguments: [String]) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw CLITestError("\(path) is missing: apt-get install zbar-tools (make test does)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("khyber-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

struct CLITestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
