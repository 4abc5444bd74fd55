import Foundation
import Services

/// The service catalog, read again only when a definition file is added, removed or changed
/// (name, size and modification time of every file in the folder). Keeps submit fast while a
/// new or edited definition still takes effect without restarting the kiosk. Used on the kiosk's
/// one thread only.
final class ServiceCatalogCache {
    private let directory: URL
    private var signature: [String]?
    private var catalog = ServiceCatalog(services: [], unavailable: [])

    init(directory: URL) { self.directory = directory }

    /// The current catalog.
    func current() -> ServiceCatalog {
        let now = currentSignature()
        if now != signature || now == nil {
            catalog = ServiceCatalog.load(directory: directory)
            signature = now
        }
        return catalog
    }

    private func currentSignature() -> [String]? {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey]
        guard let files = try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: keys) else { return nil }
        return files.map { file in
            let values = try? file.resourceValues(forKeys: Set(keys))
            let modified = values?.contentModificationDate?.timeIntervalSince1970 ?? 0
            return "\(file.lastPathComponent)|\(values?.fileSize ?? -1)|\(modified)"
        }.sorted()
    }
}
