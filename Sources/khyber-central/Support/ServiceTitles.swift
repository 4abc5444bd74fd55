import CommandLineSupport
import Foundation
import Services

/// English service titles for the back office's listings, from the same `Assets/services` the kiosks
/// use (found as `Assets.folder()` finds it). A service that is not there shows its id.
enum ServiceTitles {
    static let byID: [String: String] = {
        guard let folder = try? Assets.servicesFolder(), FileManager.default.fileExists(atPath: folder.path) else { return [:] }
        let catalog = ServiceCatalog.load(directory: folder)
        return Dictionary(catalog.services.map { ($0.id, $0.title.en) }, uniquingKeysWith: { first, _ in first })
    }()

    static func title(_ serviceID: String) -> String { byID[serviceID] ?? serviceID }
}
