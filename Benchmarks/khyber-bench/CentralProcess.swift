import ChildProcesses
import Foundation

/// A real `khyber-central serve` (the release binary beside khyber-bench) on 127.0.0.1.
final class CentralProcess: Sendable {
    /// The address kiosks use (`http://127.0.0.1:PORT`, or `https://` with TLS).
    let url: String
    let port: Int
    /// Nanoseconds from spawning the process to its "listening" line.
    let startupNanoseconds: UInt64
    private let process: ChildProcess

    /// Starts the central over `databaseURL` on `port` (0: any free port) and waits until it listens.
    /// `signedRequests` false (the default, for the sections that measure storage and sync, not
    /// authentication) runs it with `--insecure-accept-any-kiosk`; true requires enrolled, signing kiosks.
    /// `tls`: serve HTTPS with that throw-away CA's server certificate.
    init(databaseURL: String, port: Int = 0, logFolder: URL, signedRequests: Bool = false, tls: ThrowAwayCA? = nil) throws {
        let start = Stopwatch.now()
        let child = try ChildProcess(
            try Self.binary(),
            ["serve", "--db", databaseURL, "--port", String(port), "--host", "127.0.0.1"] + (signedRequests ? [] : ["--insecure-accept-any-kiosk"])
                + (tls?.serveArguments ?? []),
            outputFolder: logFolder)
        let output: String
        do { output = try child.waitForOutput(seconds: 60) { $0.contains("listening on http") } } catch {
            child.stop(SIGKILL)
            throw error
        }
        startupNanoseconds = Stopwatch.now() - start
        process = child
        guard let line = output.split(separator: "\n").first(where: { $0.contains("listening on http") }),
              let address = line.split(separator: " ").first(where: { $0.hasPrefix("http://") || $0.hasPrefix("https://") }),
              let portText = address.split(separator: ":").last, let listening = Int(portText)
        else {
            child.stop(SIGKILL)
            throw StoreBenchError(description: "khyber-central printed no address: \(output.prefix(200))")
        }
        url = String(address)
        self.port = listening
    }

    /// SIGTERM (requests in flight finish, the database is closed); returns the exit code.
    @discardableResult
    func stop() -> Int32 { process.stop(SIGTERM) }

    /// The central's log (its stderr).
    var log: String { process.stderr }

    /// `khyber-central` beside this executable (`make bench` builds both in release).
    static func binary() throws -> String {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let path = folder.appendingPathComponent("khyber-central").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw StoreBenchError(description: "no khyber-central beside khyber-bench in \(folder.path): build it with `swift build -c release --product khyber-central`")
        }
        return path
    }

    /// A TCP port on 127.0.0.1 that was free a moment ago.
    static func freePort() throws -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw StoreBenchError(description: "socket() failed") }
        defer { close(socketFD) }
        var address = LoopbackSocket.address(port: 0)
        guard LoopbackSocket.bind(socketFD, &address) == 0 else { throw StoreBenchError(description: "bind() failed") }
        return LoopbackSocket.boundPort(socketFD)
    }
}
