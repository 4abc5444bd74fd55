import ArgumentParser
import CentralStore
import CommandLineSupport
import Foundation
import IdentityCore

/// `applications list`: every kiosk's applications, newest first.
struct ApplicationsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List applications, newest first.",
        discussion: """
        The table shows each application's tracking number, kiosk, service, masked CNIC (12345-*******-1), \
        status and when it was submitted (Pakistan time). It never shows a full CNIC. Without --limit it \
        shows the newest 100 and says how many there are in all.

        --json prints every application (or the newest --limit) as an array of objects with the same fields \
        as the kiosk's `khyber-kiosk applications list --json` — id, tracking, service, serviceTitle, \
        serviceVersion, cnic, status, statusWords, submittedAt (ISO 8601, UTC), fee, paymentReference, \
        assistedBy (the operator who applied for the citizen; absent when they applied alone) — plus \
        kioskID and receivedAt (when the central first received it, ISO 8601, UTC). serviceTitle comes from \
        Assets/services ($KHYBER_ASSETS or beside the binary); it is the service id when that is not there.

        PRIVACY: in --json, `cnic` is the FULL formatted CNIC (XXXXX-XXXXXXX-X); treat that output as \
        personal data. Use the table to look.
        """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "At most this many applications, newest first (default: all with --json, 100 in the table).") var limit: Int?
    @Flag(help: "JSON for machines (contains full CNICs; see above).") var json = false

    func validate() throws {
        if let limit, !(1...1_000_000).contains(limit) { throw ValidationError("--limit must be between 1 and 1,000,000") }
    }

    func run() async throws {
        let rows = TablePage.rows(limit: limit, json: json)
        // The storage has no count of applications: a table reads them all to say how many there are.
        let fetched = try await database.withStorage { storage in
            try await storage.applications(limit: json ? rows ?? Int.max : Int.max)
        }
        let applications = rows.map { Array(fetched.prefix($0)) } ?? fetched
        if json {
            print(try Output.json(applications.map(ApplicationEntry.init)))
        } else if applications.isEmpty {
            print("No applications have reached the central store yet.")
        } else {
            let rows = applications.map { application in
                [
                    application.tracking, application.kioskID, application.serviceID, ApplicationEntry.maskedCNIC(application.cnic),
                    StatusWords.words(application.status), TimeWords.pakistanTime(kioskText: application.submittedAt),
                ]
            }
            for line in TextTable.lines(header: ["TRACKING", "KIOSK", "SERVICE", "CNIC", "STATUS", "SUBMITTED (PKT)"], rows: rows) {
                print(line)
            }
            if let footer = TablePage.footer(shown: applications.count, total: fetched.count, noun: "applications") { print(footer) }
        }
    }
}

/// One `applications list --json` object: the kiosk's fields plus `kioskID` and `receivedAt`.
struct ApplicationEntry: Encodable {
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
    let kioskID: String
    let receivedAt: String
    /// The operator who applied on the citizen's behalf; absent when the citizen applied alone.
    let assistedBy: String?

    init(_ application: CentralApplication) {
        assistedBy = application.assistedBy
        id = application.id
        tracking = application.tracking
        service = application.serviceID
        serviceTitle = ServiceTitles.title(application.serviceID)
        serviceVersion = application.serviceVersion
        cnic = (try? CNIC(application.cnic))?.formatted ?? application.cnic
        status = application.status
        statusWords = StatusWords.words(application.status)
        submittedAt = TimeWords.iso(kioskText: application.submittedAt)
        fee = application.fee
        paymentReference = application.paymentReference
        kioskID = application.kioskID
        receivedAt = TimeWords.iso(millis: application.receivedAtMillis)
    }

    /// `12345-*******-1` (only the district and the last digit); all stars for anything that is not a CNIC.
    static func maskedCNIC(_ digits: String) -> String {
        guard let cnic = try? CNIC(digits) else { return "*****-*******-*" }
        return String(cnic.digits.prefix(5)) + "-*******-" + String(cnic.digits.suffix(1))
    }
}
