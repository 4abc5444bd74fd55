import CommandLineSupport
import Foundation
import Services

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
        return try Output.json(entries)
    }

    /// A header and one aligned line per receipt; CNICs masked.
    static func table(_ receipts: [ApplicationReceipt]) -> [String] {
        let rows = receipts.map { receipt in
            [receipt.tracking, receipt.serviceTitle.en, receipt.cnic.masked, receipt.status.words, PakistanTime.minute(receipt.submittedAt)]
        }
        return TextTable.lines(header: ["TRACKING", "SERVICE", "CNIC", "STATUS", "SUBMITTED (PKT)"], rows: rows)
    }
}
