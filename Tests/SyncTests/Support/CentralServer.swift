import ChildProcesses
import Foundation

/// A real `khyber-central serve` process on loopback.
final class CentralServer: @unchecked Sendable {
    let databaseURL: String
    let port: Int
    let folder: URL
    private var process: ChildProcess?

    /// The address kiosks use.
    var url: String { "http://127.0.0.1:\(port)" }

    /// Starts a central on `port` (a free one when nil) over `databaseURL`, and waits until it listens.
    init(databaseURL: String, port: Int? = nil, folder: URL, start: Bool = true) throws {
        self.databaseURL = databaseURL
        self.port = try port ?? TestPaths.freePort()
        self.folder = folder
        if start { try self.start() }
    }

    /// Starts (again) on the same port and database.
    func start() throws {
        let child = try ChildProcess(
            try TestPaths.binary("khyber-central"), ["serve", "--db", databaseURL, "--port", String(port), "--host", "127.0.0.1"],
            outputFolder: folder
        )
        process = child
        _ = try child.waitForOutput(seconds: 60) { $0.contains("listening on") }
    }

    /// Stops it (SIGTERM, or SIGKILL for a crash); it can be started again.
    func stop(_ signal: Int32 = SIGTERM) {
        process?.stop(signal)
        process = nil
    }

    /// What the central printed to standard error (its log).
    var log: String { process?.stderr ?? "" }

    /// Runs `khyber-central ARGS --db <this database>` to its end.
    func command(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try ChildProcess.run(try TestPaths.binary("khyber-central"), arguments + ["--db", databaseURL], outputFolder: folder)
    }

    deinit { process?.stop(SIGKILL) }
}
