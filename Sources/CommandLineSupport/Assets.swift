import Foundation
import IdentityCore

/// Finds the `Assets/` folder (districts, service definitions) for both tools: `$KHYBER_ASSETS`, else the
/// nearest `Assets/` above the executable (a build inside the repository), else `./Assets`.
public enum Assets {
    public static func folder() throws -> URL {
        let fileManager = FileManager.default
        func holdsAssets(_ url: URL) -> Bool { fileManager.fileExists(atPath: url.appendingPathComponent("districts.json").path) }
        if let explicit = ProcessInfo.processInfo.environment["KHYBER_ASSETS"] {
            let url = URL(fileURLWithPath: explicit, isDirectory: true)
            guard holdsAssets(url) else { throw CLIError("KHYBER_ASSETS=\(explicit) has no districts.json") }
            return url
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Assets", isDirectory: true)
            if holdsAssets(candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        let local = URL(fileURLWithPath: "Assets", isDirectory: true)
        if holdsAssets(local) { return local }
        throw CLIError("cannot find the Assets folder (districts.json); set KHYBER_ASSETS to it")
    }

    /// `Assets/services/`, where the service definitions are.
    public static func servicesFolder() throws -> URL {
        try folder().appendingPathComponent("services", isDirectory: true)
    }

    /// Khyber Pakhtunkhwa's districts.
    public static func districtCatalog() throws -> DistrictCatalog {
        let url = try folder().appendingPathComponent("districts.json")
        do { return try DistrictCatalog(json: Data(contentsOf: url)) } catch let error as DistrictCatalog.LoadError {
            throw CLIError("\(url.path): \(error.description)")
        }
    }
}
