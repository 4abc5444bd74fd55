import Foundation

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

    /// A TCP port on 127.0.0.1 that was free a moment ago.
    static func freePort() throws -> Int {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw SyncTestError("socket() failed") }
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw SyncTestError("bind() failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
