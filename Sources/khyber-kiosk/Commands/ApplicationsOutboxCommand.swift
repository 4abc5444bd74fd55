import ArgumentParser
import CommandLineSupport
import Foundation
import KioskStore

/// `applications outbox`: the operations waiting for (or sent to) the central store, in sequence order.
struct ApplicationsOutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "List the outbox operations, in sequence order.",
        discussion: """
        One line per operation: sequence, kind, the id of the row it is about, when it was made and its \
        state: pending (never sent), sent (sent, not yet acknowledged), acknowledged (the central store holds \
        it), or FAILED with the central's reason (refused for good: a conflict or a rejection; an operator \
        must look). Payloads (which hold full CNICs) are never printed.

        --json prints an array of objects with the fields opId, kioskId, sequence, kind, entityId, createdAt, \
        sentAt, acknowledgedAt, failedAt (ISO 8601, UTC; null when not yet), attempts and failureReason.
        """
    )

    @Flag(help: "JSON for machines.") var json = false
    @OptionGroup var dataOptions: DataOptions

    /// One `--json` object.
    struct Entry: Encodable {
        let opId: String
        let kioskId: String
        let sequence: Int64
        let kind: String
        let entityId: String
        let createdAt: String
        let sentAt: String?
        let acknowledgedAt: String?
        let attempts: Int
        let failedAt: String?
        let failureReason: String?
    }

    func run() async throws {
        let registry = try dataOptions.folder.openRegistry()
        let entries: [OutboxEntry]
        do { entries = try registry.outbox() } catch { throw CLIError(error.description) }
        let iso = Date.ISO8601FormatStyle()
        if json {
            let objects = entries.map { entry in
                Entry(
                    opId: entry.opID, kioskId: entry.kioskID, sequence: entry.sequence, kind: entry.kind, entityId: entry.entityID,
                    createdAt: entry.createdAt.formatted(iso), sentAt: entry.sentAt?.formatted(iso),
                    acknowledgedAt: entry.acknowledgedAt?.formatted(iso), attempts: entry.attempts,
                    failedAt: entry.failedAt?.formatted(iso), failureReason: entry.failureReason
                )
            }
            print(try Output.json(objects))
        } else if entries.isEmpty {
            print("The outbox is empty.")
        } else {
            for entry in entries {
                let state = entry.acknowledgedAt != nil ? "acknowledged"
                    : entry.failedAt != nil ? "FAILED: \(entry.failureReason ?? "")"
                    : entry.sentAt != nil ? "sent (\(entry.attempts)×)" : "pending"
                // The reason is the central's words: made safe for the terminal like everything from data.
                print(Output.safe("\(entry.kioskID)  \(entry.sequence)  \(entry.kind)  \(entry.entityID)  \(entry.createdAt.formatted(iso))  \(state)"))
            }
        }
    }
}
