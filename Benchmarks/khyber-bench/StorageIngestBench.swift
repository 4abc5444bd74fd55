import CentralStore
import Foundation
import PostgresNIO
import SyncProtocol

/// The central's storage alone, in-process, no HTTP and no JSON request: the same operations ingested
/// through `CentralStorage.ingest` in pushes of 500 (each checked — payload hash and parse — stored at
/// most once and its application filed, one transaction per push). Seconds for all of them.
enum StorageIngestBench {
    static func run(_ operations: [PushOperation], databaseURL: String) async throws -> Double {
        var logger = Logger(label: "bench-ingest")
        logger.logLevel = .critical
        let storage = try await CentralStorageOpener.open(url: databaseURL, logger: logger)
        let batches = stride(from: 0, to: operations.count, by: 500).map { Array(operations[$0..<min($0 + 500, operations.count)]) }
        let start = Stopwatch.now()
        for batch in batches {
            let result = try await storage.ingest(PushRequest(kioskID: batch[0].kioskID, sentAt: batch[0].hlc, operations: batch), receivedAt: Date())
            guard result.acknowledgements.allSatisfy({ $0.outcome == .accepted }) else {
                await storage.close()
                throw StoreBenchError(description: "ingest did not accept every operation")
            }
        }
        let seconds = Double(Stopwatch.now() - start) / 1e9
        await storage.close()
        return seconds
    }
}
