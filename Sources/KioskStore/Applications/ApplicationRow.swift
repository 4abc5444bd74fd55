import Foundation
import GRDB
import IdentityCore
import KhyberVocabulary
import Services

/// One `application` row as the receipt queries select it, decoded by column name.
struct ApplicationRow: FetchableRecord {
    static let select = """
        SELECT id, tracking, service_id, service_version, cnic, status, submitted_at, fee, payment_reference FROM application
        """

    let id: String
    let tracking: String
    let serviceID: String
    let serviceVersion: Int
    let cnic: Int64
    let status: String
    let submittedAt: Double
    let fee: Int
    let paymentReference: String

    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        tracking = try row.decode(forColumn: "tracking")
        serviceID = try row.decode(forColumn: "service_id")
        serviceVersion = try row.decode(forColumn: "service_version")
        cnic = try row.decode(forColumn: "cnic")
        status = try row.decode(forColumn: "status")
        submittedAt = try row.decode(forColumn: "submitted_at")
        fee = try row.decode(forColumn: "fee")
        paymentReference = try row.decode(forColumn: "payment_reference")
    }

    /// The receipt, with the service's texts from `catalog` (its id as title when it is gone).
    func receipt(catalog: ServiceCatalog, path: String) throws(RegistryError) -> ApplicationReceipt {
        guard let cnic = CNIC(number: cnic), let status = ApplicationStatus(rawValue: status) else { throw .corrupted(path: path) }
        let service = catalog.service(id: serviceID)
        return ApplicationReceipt(
            id: id, tracking: tracking, serviceID: serviceID, serviceVersion: serviceVersion,
            serviceTitle: service?.title ?? LocalizedText(en: serviceID, ur: serviceID),
            cnic: cnic, status: status, submittedAt: Date(timeIntervalSince1970: submittedAt), fee: fee, paymentReference: paymentReference,
            documents: service?.documents ?? [], collection: service?.collection ?? LocalizedText(en: "", ur: ""),
            processing: service?.processing ?? Self.unknownProcessing
        )
    }

    /// Processing time of a service that is no longer in the catalog: unknown, shown as 0 days.
    static let unknownProcessing = ProcessingTime(minimumWorkingDays: 0, maximumWorkingDays: 0)
}
