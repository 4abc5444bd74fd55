import ArgumentParser
import CentralStore
import CommandLineSupport
import Foundation

/// `kiosks`: what the central knows of each kiosk.
struct KiosksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosks",
        abstract: "Show each kiosk that ever pushed: operations, highest sequence, missing, conflicts, last seen, lag.",
        discussion: """
        MISSING counts sequence numbers below the highest that have not arrived (the kiosk resends them); \
        LAG is how long the newest operation took from the kiosk's clock to the central's.

        --json prints kioskID, operations, highestSequence, missing, conflicts, lastSeenMillis, lastSeenAt \
        (ISO 8601, UTC) and lagMillis.
        """
    )

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "JSON for machines.") var json = false

    struct Entry: Encodable {
        let kioskID: String
        let operations: Int
        let highestSequence: Int64
        let missing: Int64
        let conflicts: Int
        let lastSeenMillis: Int64
        let lastSeenAt: String
        let lagMillis: Int64
    }

    func run() async throws {
        let summaries = try await database.withStorage { storage in try await storage.kioskSummaries() }
        if json {
            print(try Output.json(summaries.map { summary in
                Entry(
                    kioskID: summary.kioskID, operations: summary.operations, highestSequence: summary.highestSequence,
                    missing: summary.missing, conflicts: summary.conflicts, lastSeenMillis: summary.lastSeenMillis,
                    lastSeenAt: TimeWords.iso(millis: summary.lastSeenMillis), lagMillis: summary.lagMillis
                )
            }))
        } else if summaries.isEmpty {
            print("No kiosk has pushed to the central store yet.")
        } else {
            let rows = summaries.map { summary in
                [
                    summary.kioskID, String(summary.operations), String(summary.highestSequence), String(summary.missing),
                    String(summary.conflicts), TimeWords.pakistanTime(millis: summary.lastSeenMillis), TimeWords.duration(millis: summary.lagMillis),
                ]
            }
            for line in TextTable.lines(header: ["KIOSK", "OPS", "HIGHEST", "MISSING", "CONFLICTS", "LAST SEEN (PKT)", "LAG"], rows: rows) {
                print(line)
            }
        }
    }
}
