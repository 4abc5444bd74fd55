import Foundation
import Synchronization

/// Where the tests find the binaries and put their files.
enum TestPaths {
    /// The repository root (three levels above this file).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A product built beside the test bundle (debug), else under .build/debug.
    static func binary(_ name: String) throws -> String {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests.path }
        let fallback = repository.appendingPathComponent(".build/debug/\(name)")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
            throw SyncTestError("no \(name) binary: run `swift build` first (make test does)")
        }
        return fallback.path
    }

    /// A fresh folder under `khyber-sync-tests/<pid>`; earlier runs' roots whose process is gone are removed.
    static func temporaryFolder() throws -> URL {
        let url = runRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let runRoot: URL = {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("khyber-sync-tests")
        for run in (try? FileManager.default.contentsOfDirectory(at: parent, includingPropertiesForKeys: nil)) ?? []
        where run.lastPathComponent != "\(getpid())" {
            if let pid = pid_t(run.lastPathComponent), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: run)
        }
        return parent.appendingPathComponent("\(getpid())")
    }()

    /// A TCP port on 127.0.0.1 that was free a moment ago, chosen below the kernel's ephemeral range so that no
    /// outgoing connection (the suite opens hundreds: PostgreSQL, HTTP clients) can take it before the central
    /// binds it — an ephemeral port could, and CI once failed with "Address already in use". Never the same port
    /// twice in one test process.
    static func freePort() throws -> Int {
        let candidates = max(1024, ephemeralStart - 12_000)..<ephemeralStart
        for _ in 0..<500 {
            guard let port = candidates.randomElement() else { break }
            let fresh = handedOut.withLock { $0.insert(port).inserted }
            if fresh, canBind(port) { return port }
        }
        throw SyncTestError("no free port below \(ephemeralStart)")
    }

    private static let handedOut = Mutex<Set<Int>>([])

    /// The first port of `/proc/sys/net/ipv4/ip_local_port_range` (32768 when it cannot be read), read once.
    private static let ephemeralStart: Int = {
        let text = (try? String(contentsOfFile: "/proc/sys/net/ipv4/ip_local_port_range", encoding: .utf8)) ?? ""
        return text.split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) } ?? 32768
    }()

    /// Whether a socket can bind `port` on 127.0.0.1 now (it is released again at once).
    private static func canBind(_ port: Int) -> Bool {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { return false }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}
