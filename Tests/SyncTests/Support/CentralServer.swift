import ChildProcesses
import Foundation
import Synchronization

/// A real `khyber-central serve` process on loopback.
final class CentralServer: Sendable {
    let databaseURL: String
    let port: Int
    let folder: URL
    /// More `serve` options (TLS, timeouts, the metrics token).
    let extraArguments: [String]
    /// `https` when `extraArguments` give a certificate.
    let scheme: String
    /// The running process; nil while stopped.
    private let process = Mutex<ChildProcess?>(nil)

    /// The address kiosks use.
    var url: String { "\(scheme)://127.0.0.1:\(port)" }

    /// Starts a central on `port` (a free one when nil) over `databaseURL`, and waits until it listens.
    init(databaseURL: String, port: Int? = nil, folder: URL, start: Bool = true, arguments: [String] = []) throws {
        self.databaseURL = databaseURL
        self.extraArguments = arguments
        self.scheme = arguments.contains("--tls-cert") ? "https" : "http"
        self.port = try port ?? TestPaths.freePort()
        self.folder = folder
        if start { try self.start() }
    }

    /// Starts (again) on the same port and database.
    func start() throws {
        let child = try ChildProcess(
            try TestPaths.binary("khyber-central"), ["serve", "--db", databaseURL, "--port", String(port), "--host", "127.0.0.1"] + extraArguments,
            outputFolder: folder
        )
        process.withLock { $0 = child }
        _ = try child.waitForOutput(seconds: 60) { $0.contains("listening on") }
        let (url, databaseURL) = (self.url, self.databaseURL)
        TestEnrolment.centrals.withLock { $0[url] = databaseURL }
    }

    /// Stops it (SIGTERM, or SIGKILL for a crash); it can be started again.
    func stop(_ signal: Int32 = SIGTERM) {
        let running = process.withLock { running in
            defer { running = nil }
            return running
        }
        running?.stop(signal)
    }

    /// What the central printed to standard error (its log).
    var log: String { process.withLock { $0 }?.stderr ?? "" }

    /// Runs `khyber-central ARGS --db <this database>` to its end.
    func command(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try ChildProcess.run(try TestPaths.binary("khyber-central"), arguments + ["--db", databaseURL], outputFolder: folder)
    }

    deinit { process.withLock { $0 }?.stop(SIGKILL) }
}
