import Foundation
import Services
import Synchronization

/// The service catalog, read again only when a definition file is added, removed or changed
/// (name, size and modification time of every file in the folder). Keeps submit fast while a
/// new or edited definition still takes effect without restarting the kiosk. Safe to share between
/// the effect tasks (one lock around the cached catalog).
public final class ServiceCatalogCache: Sendable {
    private let directory: URL
    private let cached = Mutex<(signature: [String]?, catalog: ServiceCatalog)>((nil, ServiceCatalog(services: [], unavailable: [])))

    /// A cache of the definitions in `directory` (read on first use).
    public init(directory: URL) { self.directory = directory }

    /// The current catalog.
    public func current() -> ServiceCatalog {
        let now = currentSignature()
        return cached.withLock { cache in
            if now != cache.signature || now == nil {
                cache = (now, ServiceCatalog.load(directory: directory))
            }
            return cache.catalog
        }
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
