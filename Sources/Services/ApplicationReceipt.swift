import Foundation
import IdentityCore

/// What the citizen takes away after Submit, once the application and its outbox row are committed.
public struct ApplicationReceipt: Hashable, Sendable {
    /// Client-made id (UUIDv7 text), never changed by a retry.
    public var id: String
    /// Kiosk id + sequence + check character, e.g. `KPPSH001-000123-K`: easy to read aloud.
    public var tracking: String
    public var serviceID: String
    public var serviceVersion: Int
    public var serviceTitle: LocalizedText
    public var cnic: CNIC
    public var status: ApplicationStatus
    public var submittedAt: Date
    /// Rupees.
    public var fee: Int
    /// The reference to quote when paying the fee.
    public var paymentReference: String
    public var documents: [LocalizedText]
    public var collection: LocalizedText
    public var processing: ProcessingTime

    public init(
        id: String, tracking: String, serviceID: String, serviceVersion: Int, serviceTitle: LocalizedText,
        cnic: CNIC, status: ApplicationStatus, submittedAt: Date, fee: Int, paymentReference: String,
        documents: [LocalizedText], collection: LocalizedText, processing: ProcessingTime
    ) {
        self.id = id
        self.tracking = tracking
        self.serviceID = serviceID
        self.serviceVersion = serviceVersion
        self.serviceTitle = serviceTitle
        self.cnic = cnic
        self.status = status
        self.submittedAt = submittedAt
        self.fee = fee
        self.paymentReference = paymentReference
        self.documents = documents
        self.collection = collection
        self.processing = processing
    }
}
