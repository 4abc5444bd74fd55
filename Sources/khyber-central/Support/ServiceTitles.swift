import Foundation
import Services

/// English service titles for the back office's listings, from the same `Assets/services` the kiosks
/// use (found through `$KHYBER_ASSETS`, beside the binary, or `./Assets`). A service that is not there
/// shows its id.
enum ServiceTitles {
    static let byID: [String: String] = {
        guard let folder = servicesFolder() else { return [:] }
        let catalog = ServiceCatalog.load(directory: folder)
        return Dictionary(catalog.services.map { ($0.id, $0.title.en) }, uniquingKeysWith: { first, _ in first })
    }()

    static func title(_ serviceID: String) -> String { byID[serviceID] ?? serviceID }

    private static func servicesFolder() -> URL? {
        let fileManager = FileManager.default
        func services(in assets: URL) -> URL? {
            let folder = assets.appendingPathComponent("services", isDirectory: true)
            return fileManager.fileExists(atPath: folder.path) ? folder : nil
        }
        if let explicit = ProcessInfo.processInfo.environment["KHYBER_ASSETS"] {
            return services(in: URL(fileURLWithPath: explicit, isDirectory: true))
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if let found = services(in: directory.appendingPathComponent("Assets", isDirectory: true)) { return found }
            directory.deleteLastPathComponent()
        }
        return services(in: URL(fileURLWithPath: "Assets", isDirectory: true))
    }
}
