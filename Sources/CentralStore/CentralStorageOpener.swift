import Foundation
import Logging

/// Opens the central store a location names: `sqlite:PATH` (the file and its folder are created when
/// missing) or `postgres://user[:password]@host:port/database` (also `postgresql://`).
public enum CentralStorageOpener {
    /// Opens the storage at `url`; anything but the two forms above is `.badLocation` with a sentence.
    public static func open(url: String, logger: Logger) async throws(CentralStorageError) -> any CentralStorage {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("sqlite:") {
            var path = String(trimmed.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            guard !path.isEmpty else {
                throw .badLocation("the location \"sqlite:\" names no file; write sqlite:PATH, for example sqlite:/var/lib/khyber/central.sqlite")
            }
            return try SQLiteCentralStorage(path: path, logger: logger)
        }
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            return try await PostgresCentralStorage(location: PostgresLocation(url: trimmed), logger: logger)
        }
        throw .badLocation(
            "\"\(PostgresLocation.redacted(trimmed))\" is not a central store location; write sqlite:PATH or postgres://user[:password]@host:port/database")
    }
}
