import ArgumentParser
import Foundation
import IdentityCore
import KioskStore
import Screen
import Services

/// `applications list`: a table of applications, newest first, or JSON for the back office.
struct ApplicationsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List applications, newest first.",
        discussion: """
        The table shows each application's tracking number, service, masked CNIC, status and when it
        was submitted (Pakistan time). It never shows a full CNIC.

        --json prints an array of objects for operators and the back office, with the fields id,
        tracking, service, serviceTitle, serviceVersion, cnic, status, statusWords, submittedAt
        (ISO 8601, UTC), fee and paymentReference. PRIVACY: in --json, `cnic` is the FULL formatted
        CNIC (XXXXX-XXXXXXX-X), because a machine interface must identify the citizen; treat that
        output as personal data (do not paste it into tickets or chats). Use the table to look.
        """
    )

    @Option(help: "Only this citizen's applications (a CNIC, with or without dashes).") var cnic: String?
    @Option(help: "At most this many applications.") var limit: Int = 100
    @Flag(help: "JSON for machines (contains full CNICs; see above).") var json = false
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard (1...1_000_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1,000,000") }
    }

    func run() throws {
        let registry = try dataOptions.folder.openRegistry()
        let catalog = try Assets.serviceCatalog()
        let receipts: [ApplicationReceipt]
        do {
            if let cnic {
                receipts = Array(try registry.applications(for: try parseCNIC(cnic), catalog: catalog).prefix(limit))
            } else {
                receipts = try registry.allApplications(limit: limit, catalog: catalog)
            }
        } catch let error as RegistryError {
            throw CLIError(error.description)
        }
        if json {
            print(try ApplicationListing.json(receipts))
        } else if receipts.isEmpty {
            print(cnic == nil ? "No applications on this kiosk yet." : "No applications for this citizen.")
        } else {
            for line in ApplicationListing.table(receipts) { print(line) }
        }
    }
}

/// The two ways `applications list` prints receipts.
enum ApplicationListing {
    /// One `--json` object.
    struct Entry: Encodable {
        let id: String
        let tracking: String
        let service: String
        let serviceTitle: String
        let serviceVersion: Int
        let cnic: String
        let status: String
        let statusWords: String
        let submittedAt: String
        let fee: Int
        let paymentReference: String
    }

    /// A JSON array, keys sorted, full CNICs (the documented machine interface).
    static func json(_ receipts: [ApplicationReceipt]) throws -> String {
        let entries = receipts.map { receipt in
            Entry(
                id: receipt.id, tracking: receipt.tracking, service: receipt.serviceID, serviceTitle: receipt.serviceTitle.en,
                serviceVersion: receipt.serviceVersion, cnic: receipt.cnic.formatted, status: receipt.status.rawValue,
                statusWords: receipt.status.words, submittedAt: receipt.submittedAt.formatted(Date.ISO8601FormatStyle()),
                fee: receipt.fee, paymentReference: receipt.paymentReference
            )
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }

    /// A header and one aligned line per receipt; CNICs masked.
    static func table(_ receipts: [ApplicationReceipt]) -> [String] {
        let rows = receipts.map { receipt in
            [receipt.tracking, TextSanitizer.forTerminal(receipt.serviceTitle.en), receipt.cnic.masked, receipt.status.words, pakistanTime(receipt.submittedAt)]
        }
        let header = ["TRACKING", "SERVICE", "CNIC", "STATUS", "SUBMITTED (PKT)"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        return [line(header)] + rows.map(line)
    }

    /// `2026-05-01 14:30` in Pakistan time (UTC+5, no daylight saving).
    static func pakistanTime(_ date: Date) -> String {
        let local = date.addingTimeInterval(TimeInterval(CalendarDate.pakistanOffsetSeconds))
        let day = CalendarDate(pakistanDayOf: date)
        let seconds = Int(local.timeIntervalSince1970.rounded(.down)) % 86_400
        let minutes = (seconds + 86_400) % 86_400 / 60
        return day.iso + String(format: " %02d:%02d", minutes / 60, minutes % 60)
    }
}
