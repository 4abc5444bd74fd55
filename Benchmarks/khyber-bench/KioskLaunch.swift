import Foundation

/// How the bench starts the real kiosk: the release `khyber-kiosk` next to this binary, the walk-in
/// config, and a data folder whose `registry.sqlite` is a hard link to a registry the bench made
/// (the seeded `bench-registry.sqlite` unless told otherwise).
struct KioskLaunch {
    /// The kiosk binary.
    let executable: String
    /// `run --data … --config …`.
    let arguments: [String]
    /// The kiosk's data folder.
    let folder: URL

    /// The text the Welcome screen shows once painted.
    static let welcomeText = "Type your CNIC number"

    /// Finds the binary (ours, or `executable`) and the config (the walk-in kiosk's unless told) and links
    /// `benchData/registryFile` into `benchData/folderName`.
    init(
        benchData: URL, registryFile: String = "bench-registry.sqlite", folderName: String = "kiosk-run", executable peer: String? = nil,
        config configFile: String = "KioskConfig/walk-in-kiosk.yaml"
    ) throws {
        let fileManager = FileManager.default
        let binary = try peer ?? Self.kioskExecutable()
        let config = try Self.repositoryFile(configFile)

        // A peer binary of an older schema gets its own seeded registry (`KHYBER_BENCH_PEER_DATA`), since ours migrates
        // the bench's registry forward and an older kiosk then refuses it.
        let source = peer.flatMap { _ in Self.peerData } ?? benchData
        let registry = source.appendingPathComponent(registryFile)
        guard fileManager.fileExists(atPath: registry.path) else { throw BenchError(description: "no seeded registry at \(registry.path)") }
        let folder = benchData.appendingPathComponent(folderName, isDirectory: true)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        let linked = folder.appendingPathComponent("registry.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? fileManager.removeItem(atPath: linked.path + suffix) }
        do { try fileManager.linkItem(at: registry, to: linked) } catch { try fileManager.copyItem(at: registry, to: linked) }

        executable = binary
        self.folder = folder
        arguments = ["run", "--data", folder.path, "--config", config.path]
    }

    /// A peer kiosk binary to measure beside ours in the same run (`KHYBER_BENCH_PEER_KIOSK`, e.g. a
    /// release build of an earlier commit), or nil.
    static var peerExecutable: String? {
        guard let path = ProcessInfo.processInfo.environment["KHYBER_BENCH_PEER_KIOSK"], !path.isEmpty,
              FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return path
    }

    /// A folder holding the peer's own `bench-registry.sqlite` and `submit-registry.sqlite`, seeded by the peer
    /// binary (`KHYBER_BENCH_PEER_DATA`), or nil: the peer runs on ours.
    static var peerData: URL? {
        guard let path = ProcessInfo.processInfo.environment["KHYBER_BENCH_PEER_DATA"], !path.isEmpty else { return nil }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// The release `khyber-kiosk` next to this binary.
    static func kioskExecutable() throws -> String {
        let here = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
        let binary = here.deletingLastPathComponent().appendingPathComponent("khyber-kiosk").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError(description: "no \(binary); build it with: swift build -c release --product khyber-kiosk")
        }
        return binary
    }

    /// The environment children get: ours, with a UTF-8 xterm and no size or locale overrides.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["LINES", "COLUMNS", "LC_ALL", "LC_CTYPE", "KHYBER_DATA"] { environment[name] = nil }
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        return environment
    }

    /// A file of the repository, from the working directory or next to the sources.
    static func repositoryFile(_ relative: String) throws -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [URL(fileURLWithPath: relative), root.appendingPathComponent(relative)]
        guard let file = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw BenchError(description: "\(relative) not found; run from the repository root")
        }
        return file.standardizedFileURL
    }

    /// The first `name` on `PATH` that can be run, or nil.
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
