import ArgumentParser
import CommandLineSupport
import Foundation
import KioskStore
import Services

/// `applications list`: a table of applications, newest first, or JSON for the back office.
struct ApplicationsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List applications, newest first.",
        discussion: """
        The table shows each application's tracking number, service, masked CNIC, status and when it was \
        submitted (Pakistan time). It never shows a full CNIC. Without --limit it shows the newest 100 and \
        says how many there are in all.

        --json prints every application (or the newest --limit) as an array of objects for operators and the \
        back office, with the fields id, tracking, service, serviceTitle, serviceVersion, cnic, status, \
        statusWords, submittedAt (ISO 8601, UTC), fee and paymentReference.

        PRIVACY: in --json, `cnic` is the FULL formatted CNIC (XXXXX-XXXXXXX-X), because a machine interface \
        must identify the citizen; treat that output as personal data (do not paste it into tickets or chats). \
        Use the table to look.
        """
    )

    @Option(help: "Only this citizen's applications (a CNIC, with or without dashes).") var cnic: String?
    @Option(help: "At most this many applications, newest first (default: all with --json, 100 in the table).") var limit: Int?
    @Flag(help: "JSON for machines (contains full CNICs; see above).") var json = false
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if let limit, !(1...1_000_000).contains(limit) { throw ValidationError("--limit must be between 1 and 1,000,000") }
    }

    func run() async throws {
        let registry = try dataOptions.folder.openRegistry()
        let catalog = try Assets.serviceCatalog()
        let rows = TablePage.rows(limit: limit, json: json)
        let receipts: [ApplicationReceipt]
        let total: Int
        do {
            if let cnic {
                let all = try registry.applications(for: try parseCNIC(cnic), catalog: catalog)
                receipts = rows.map { Array(all.prefix($0)) } ?? all
                total = all.count
            } else {
                receipts = try registry.allApplications(limit: rows, catalog: catalog)
                total = rows == nil ? receipts.count : try registry.applicationCount()
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
            if let footer = TablePage.footer(shown: receipts.count, total: total, noun: "applications") { print(footer) }
        }
    }
}
