import Foundation
import Logging

/// The central store on PostgreSQL (placeholder until the PostgreSQL backend lands).
public final class PostgresCentralStorage: Sendable {
    init(location: PostgresLocation, logger: Logger) async throws(CentralStorageError) {
        throw .unavailable("the PostgreSQL backend is not built yet")
    }
}
