import ArgumentParser
import CentralStore
import CommandLineSupport
import Foundation

/// `conflicts`: operations the central refused because their id or sequence was already stored with other content.
struct ConflictsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "Show recorded conflicts, newest first.",
        discussion: """
        A conflict is an operation whose id — or whose kiosk sequence number — the central already holds \
        with other content. The first one stands; nothing was overwritten. Without --limit the table shows \
        the newest 100 and says how many there are in all.

        --json prints every conflict (or the newest --limit) with the fields opID, kioskID, sequence, \
        storedSHA256, receivedSHA256, receivedAtMillis, receivedAt and reason.
        """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "At most this many conflicts, newest first (default: all with --json, 100 in the table).") var limit: Int?
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
        if let limit, !(1...1_000_000).contains(limit) { throw ValidationError("--limit must be between 1 and 1,000,000") }
    }

    func run() async throws {
        let rows = TablePage.rows(limit: limit, json: json)
        let fetched = try await database.withStorage { storage in try await storage.conflicts(limit: json ? rows ?? Int.max : Int.max) }
        let conflicts = rows.map { Array(fetched.prefix($0)) } ?? fetched
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
            if let footer = TablePage.footer(shown: conflicts.count, total: fetched.count, noun: "conflicts") { print(footer) }
        }
    }
}
