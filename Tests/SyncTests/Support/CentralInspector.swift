import CentralStore
import Foundation
import Logging
import SyncProtocol

/// Reads the central's database directly (a second connection beside the running server) to check
/// what it holds: counts, per-kiosk digests.
struct CentralInspector {
    let storage: any CentralStorage

    static func open(_ databaseURL: String) async throws -> CentralInspector {
        CentralInspector(storage: try await CentralStorageOpener.open(url: databaseURL, logger: Logger(label: "sync-tests")))
    }

    func close() async { await storage.close() }
}
