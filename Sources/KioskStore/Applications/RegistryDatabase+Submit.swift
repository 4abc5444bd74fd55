import AuditTrail
import Foundation
import GRDB
import IdentityCore
import KhyberVocabulary
import Services

extension RegistryDatabase {
    /// Records a validated application and its outbox operation in ONE transaction and returns the
    /// receipt only after it committed (status `.savedOnKiosk`).
    ///
    /// In that transaction: the kiosk's next sequence number, the tracking number
    /// (`TrackingNumber.make`), the payment reference (`PaymentReference.make`), the fee
    /// (`service.fee(for:)`), the application row and the outbox row whose payload is the whole
    /// application. Refused, with nothing written: a draft for another service or another version
    /// of it, a CNIC not in the registry, a bad kiosk id (1–32 letters, digits, dashes; stored and
    /// numbered as `canonicalKioskID`). The answers are NOT validated here:
    /// `ApplicationSubmitter` validates, then calls this. Ids come from `ids`.
    ///
    /// `assistedBy` is the operator who filled it in for the citizen: the payload records it and the same
    /// transaction appends the `application.assisted` audit entry (refused without an audit signer).
    public func submitApplication(
        _ draft: ApplicationDraft, service: ServiceDefinition, kioskID: String, now: Date, ids: ApplicationIDSource = .uuidV7,
        assistedBy: String? = nil
    ) throws(ApplicationError) -> ApplicationReceipt {
        try submitApplications([draft], service: { _ in service }, kioskID: kioskID, now: now, ids: ids, assistedBy: assistedBy)[0]
    }

    /// Records several validated applications in ONE transaction (seeding and bulk loads), each as
    /// `submitApplication` would; `service` gives each draft's definition by service id. All or nothing.
    public func submitApplications(
        _ drafts: [ApplicationDraft], service: (String) -> ServiceDefinition?, kioskID: String, now: Date,
        ids: ApplicationIDSource = .uuidV7, assistedBy: String? = nil
    ) throws(ApplicationError) -> [ApplicationReceipt] {
        guard Self.isUsableKioskID(kioskID) else { throw .invalidKioskID(kioskID) }
        let assistedBy = assistedBy.flatMap { $0.isEmpty ? nil : $0 }
        var signer: AuditSigner?
        if assistedBy != nil {
            do { signer = try requireAuditSigner() } catch { throw .storage(error) }
        }
        let kioskID = Self.canonicalKioskID(kioskID)
        var pairs: [(ApplicationDraft, ServiceDefinition)] = []
        pairs.reserveCapacity(drafts.count)
        for draft in drafts {
            guard let definition = service(draft.serviceID) else {
                throw .wrongService(draftServiceID: draft.serviceID, serviceID: "none in the catalog")
            }
            guard definition.id == draft.serviceID else { throw .wrongService(draftServiceID: draft.serviceID, serviceID: definition.id) }
            guard definition.version == draft.serviceVersion else {
                throw .serviceVersionChanged(serviceID: definition.id, draftVersion: draft.serviceVersion, currentVersion: definition.version)
            }
            pairs.append((draft, definition))
        }
        let path = self.path
        do {
            return try write { db in
                try pairs.map { draft, definition in
                    let receipt = try ApplicationInsert.insert(
                        draft, service: definition, kioskID: kioskID, now: now, ids: ids, assistedBy: assistedBy, path: path, db: db
                    )
                    if let signer, let assistedBy {
                        let event = AuditEvent(
                            action: .applicationAssisted, operatorID: assistedBy, cnic: draft.cnic,
                            detail: ["tracking": receipt.tracking, "service": definition.id]
                        )
                        _ = try AuditLedger.append(event, signer: signer, now: now, path: path, db: db)
                    }
                    return receipt
                }
            }
        } catch .unknownCitizen(_, let cnic) {
            throw .unknownCitizen(cnic: cnic)
        } catch {
            throw .storage(error)
        }
    }

    /// A kiosk id as tracking numbers write it (`KP-PSH-001` → `KPPSH001`): the key of the kiosk's
    /// sequence and the `kiosk_id` stored, so two spellings of one id can never share tracking numbers.
    public static func canonicalKioskID(_ id: String) -> String {
        String(id.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }

    /// 1 to 32 ASCII letters, digits or dashes, at least one letter or digit.
    static func isUsableKioskID(_ id: String) -> Bool {
        !canonicalKioskID(id).isEmpty &&
        (1...32).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D
        }
    }
}

/// The statements of one submission, run inside the caller's transaction.
enum ApplicationInsert {
    static func insert(
        _ draft: ApplicationDraft, service: ServiceDefinition, kioskID: String, now: Date, ids: ApplicationIDSource,
        assistedBy: String? = nil, path: String, db: Database
    ) throws -> ApplicationReceipt {
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM citizen WHERE cnic = ?")
        guard try Bool.fetchOne(exists, arguments: [draft.cnic.number]) == true else {
            throw RegistryError.unknownCitizen(path: path, cnic: draft.cnic.masked)
        }
        let sequence = try nextSequence(kioskID: kioskID, path: path, db: db)
        let id = ids.next(now)
        let opID = ids.next(now)
        let tracking = TrackingNumber.make(kioskID: kioskID, sequence: Int(sequence))
        let reference = PaymentReference.make(kioskID: kioskID, sequence: sequence)
        let fee = service.fee(for: draft.answers)
        let status = ApplicationStatus.savedOnKiosk
        let payload = ApplicationPayload(
            id: id, tracking: tracking, kioskID: kioskID, sequence: sequence, serviceID: service.id, serviceVersion: service.version,
            cnic: draft.cnic.digits, answers: draft.answers, fee: fee, paymentReference: reference, status: status.rawValue,
            submittedAt: ApplicationPayload.timestamp(now), assistedBy: assistedBy
        )
        let payloadData = try payload.encoded()
        let answersData = try JSONEncoder.sorted.encode(draft.answers)
        let instant = now.timeIntervalSince1970
        let hlc = try KioskClock.tick(wallMillis: Int64((instant * 1000).rounded(.down)), db: db)
        try db.cachedStatement(sql: """
            INSERT INTO application (id, tracking, kiosk_id, sequence, service_id, service_version, cnic, answers, fee,
                                     payment_reference, status, submitted_at, status_changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                id, tracking, kioskID, sequence, service.id, service.version, draft.cnic.number, String(decoding: answersData, as: UTF8.self),
                fee, reference, status.rawValue, instant, instant,
            ])
        try db.cachedStatement(sql: """
            INSERT INTO outbox (op_id, kiosk_id, sequence, kind, entity_id, payload, payload_sha256, created_at, hlc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                opID, kioskID, sequence, OperationKind.applicationSubmitted.rawValue, id,
                String(decoding: payloadData, as: UTF8.self), ApplicationPayload.sha256(payloadData), instant, hlc.text,
            ])
        return ApplicationReceipt(
            id: id, tracking: tracking, serviceID: service.id, serviceVersion: service.version, serviceTitle: service.title,
            cnic: draft.cnic, status: status, submittedAt: Date(timeIntervalSince1970: instant), fee: fee, paymentReference: reference,
            documents: service.documents, collection: service.collection, processing: service.processing
        )
    }

    /// Takes the kiosk's next sequence number (the first is 1).
    static func nextSequence(kioskID: String, path: String, db: Database) throws -> Int64 {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO kiosk_sequence (kiosk_id, last) VALUES (?, 1)
            ON CONFLICT (kiosk_id) DO UPDATE SET last = last + 1
            RETURNING last
            """)
        guard let next = try Int64.fetchOne(statement, arguments: [kioskID]) else {
            throw RegistryError.storage(path: path, reason: "no sequence number for kiosk \(kioskID)")
        }
        return next
    }
}

extension JSONEncoder {
    /// Sorted keys, unescaped slashes: the same value always gives the same bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
