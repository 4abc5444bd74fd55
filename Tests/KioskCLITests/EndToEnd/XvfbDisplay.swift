import ChildProcesses
import Foundation

/// A virtual X display (Xvfb) for tests that need a real terminal emulator's pixels. The display number
/// comes from the test process's id and skips numbers whose lock file exists, so parallel runs do not
/// collide; the server is ended (by its own process id) when the value goes away.
final class XvfbDisplay {
    let number: Int
    private let server: ChildProcess
    private let logs: URL

    /// Starts Xvfb with one `width`×`height` 24-bit screen and waits until it accepts clients.
    init(width: Int = 1600, height: Int = 1200) throws {
        for tool in ["/usr/bin/Xvfb", "/usr/bin/xterm", "/usr/bin/xwd"] where !FileManager.default.isExecutableFile(atPath: tool) {
            throw CLITestError("\(tool) is missing: apt-get install xvfb xterm x11-apps (make test does)")
        }
        var candidate = 100 + Int(getpid()) % 800
        while FileManager.default.fileExists(atPath: "/tmp/.X\(candidate)-lock") { candidate += 1 }
        number = candidate
        logs = try CLIRunner.temporaryFolder()
        // posix_spawn with a clean signal state (ChildProcess), not Foundation's Process: a server that
        // inherits the test runner's blocked signals never answers its clients.
        server = try ChildProcess(
            "/usr/bin/Xvfb", [":\(candidate)", "-screen", "0", "\(width)x\(height)x24", "-nolisten", "tcp", "-noreset"], outputFolder: logs)
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: "/tmp/.X11-unix/X\(candidate)") {
            guard Date() < deadline else {
                _ = server.stop(SIGKILL)
                throw CLITestError("Xvfb :\(candidate) did not start: \(server.stderr.suffix(300))")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    deinit {
        _ = server.stop(SIGTERM)
    }

    /// `DISPLAY` for clients of this server.
    var display: String { ":\(number)" }

    /// Starts `arguments` (a program and its arguments) as a client of this display.
    func launch(_ arguments: [String]) throws -> ChildProcess {
        try ChildProcess(arguments[0], Array(arguments.dropFirst()), environment: ["DISPLAY": display, "LANG": "C.UTF-8"], outputFolder: logs)
    }

    /// A screenshot of the whole screen (`xwd -root`), written to `file`.
    func screenshot(to file: URL) throws {
        let result = try CLIRunner.tool("/usr/bin/xwd", ["-root", "-silent", "-display", display, "-out", file.path])
        guard result.status == 0 else { throw CLITestError("xwd failed: \(result.stderr)") }
    }
}
