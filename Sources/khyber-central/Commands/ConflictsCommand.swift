import ArgumentParser
import CentralStore
import Foundation

/// `conflicts`: operations the central refused because their id or sequence was already stored with other content.
struct ConflictsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Show recorded conflicts, newest first.",
        discussion: """
        A conflict is an operation whose id — or whose kiosk sequence number —
        the central already holds with other content. The first one stands;
        nothing was overwritten. --json prints opID, kioskID, sequence,
        storedSHA256, receivedSHA256, receivedAtMillis, receivedAt and reason.
        """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "At most this many conflicts.") var limit: Int = 100
    @Flag(help: "JSON for machines.") var json = false

    struct Entry: Encodable {
        let opID: String
        let kioskID: String
        let sequence: Int64
        let storedSHA256: String
        let receivedSHA256: String
        let receivedAtMillis: Int64
        let receivedAt: String
        let reason: String
    }

    func validate() throws {
        guard (1...1_000_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1,000,000") }
    }

    func run() async throws {
        let limit = self.limit
        let conflicts = try await database.withStorage { storage in try await storage.conflicts(limit: limit) }
        if json {
            print(try Output.json(conflicts.map { conflict in
                Entry(
                    opID: conflict.opID, kioskID: conflict.kioskID, sequence: conflict.sequence, storedSHA256: conflict.storedSHA256,
                    receivedSHA256: conflict.receivedSHA256, receivedAtMillis: conflict.receivedAtMillis,
                    receivedAt: TimeWords.iso(millis: conflict.receivedAtMillis), reason: conflict.reason
                )
            }))
        } else if conflicts.isEmpty {
            print("No conflicts recorded.")
        } else {
            let rows = conflicts.map { conflict in
                [
                    TimeWords.pakistanTime(millis: conflict.receivedAtMillis), conflict.kioskID, String(conflict.sequence), conflict.opID,
                    conflict.reason,
                ]
            }
            for line in TextTable.lines(header: ["RECEIVED (PKT)", "KIOSK", "SEQUENCE", "OPERATION", "REASON"], rows: rows) {
                print(line)
            }
        }
    }
}
