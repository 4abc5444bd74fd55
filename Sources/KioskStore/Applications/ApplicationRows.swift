import Foundation
import GRDB
import IdentityCore
import Services

/// The application columns the queries select, and their decoding into receipts.
enum ApplicationRows {
    static let select = """
        SELECT id, tracking, service_id, service_version, cnic, status, submitted_at, fee, payment_reference FROM application
        """

    /// A receipt from a row of `select`, with the service's texts from `catalog` (its id as title when it is gone).
    static func receipt(from row: Row, catalog: ServiceCatalog, path: String) throws -> ApplicationReceipt {
        guard let cnic = CNIC(number: try row.decode(atIndex: 4)),
              let status = ApplicationStatus(rawValue: try row.decode(atIndex: 5))
        else { throw RegistryError.corrupted(path: path) }
        let serviceID: String = try row.decode(atIndex: 2)
        let service = catalog.service(id: serviceID)
        return ApplicationReceipt(
            id: try row.decode(atIndex: 0), tracking: try row.decode(atIndex: 1), serviceID: serviceID,
            serviceVersion: try row.decode(atIndex: 3), serviceTitle: service?.title ?? LocalizedText(en: serviceID, ur: serviceID),
            cnic: cnic, status: status, submittedAt: Date(timeIntervalSince1970: try row.decode(atIndex: 6)),
            fee: try row.decode(atIndex: 7), paymentReference: try row.decode(atIndex: 8),
            documents: service?.documents ?? [], collection: service?.collection ?? LocalizedText(en: "", ur: ""),
            processing: service?.processing ?? unknownProcessing
        )
    }

    /// Processing time of a service that is no longer in the catalog: unknown, shown as 0 days.
    static let unknownProcessing: ProcessingTime = {
        // ProcessingTime has no public memberwise initialiser; it is Codable.
        let json = Data(#"{"minimumWorkingDays":0,"maximumWorkingDays":0}"#.utf8)
        return try! JSONDecoder().decode(ProcessingTime.self, from: json)
    }()
}
