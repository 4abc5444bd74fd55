import CentralStore
import Foundation
import Hummingbird
import SyncProtocol

/// `POST /v1/enrol` (not signed: the device is not known yet). Files a PENDING request a supervisor
/// approves with `khyber-central devices approve KIOSK-ID --code C`. It can never change an approved
/// device (409), the body is small (4 KB), and the number of pending requests is bounded.
struct EnrolHandler: Sendable {
    let storage: any CentralStorage
    static let maxBodyBytes = 4096

    func handle(_ request: Request, context: CentralRequestContext) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > Self.maxBodyBytes { throw Self.tooLarge }
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: Self.maxBodyBytes) } catch { throw Self.tooLarge }
        let enrolment = try WireRequest.decode(EnrolmentRequest.self, from: body)
        try WireRequest.checkVersion(enrolment.protocolVersion)
        let outcome: EnrolmentOutcome
        do {
            outcome = try await storage.requestEnrolment(enrolment, at: Date())
        } catch .invalid(let why) {
            throw SyncFailure.badRequest(why)
        } catch {
            throw SyncFailure(storage: error)
        }
        let now = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        switch outcome {
        case .pending(let device):
            context.logger.notice("enrolment request waiting for approval", metadata: ["kiosk": .string(device.kioskID), "code": .string(device.code)])
            return try WireResponse.json(EnrolmentResponse(kioskID: device.kioskID, status: "pending", code: device.code, centralTimeMillis: now), status: .accepted)
        case .alreadyApproved(let device):
            return try WireResponse.json(EnrolmentResponse(kioskID: device.kioskID, status: "approved", code: device.code, centralTimeMillis: now))
        case .refused(let why):
            context.logger.warning("enrolment request refused", metadata: ["kiosk": .string(enrolment.kioskID), "reason": .string(why)])
            throw SyncFailure(status: .conflict, message: why, permanent: true)
        }
    }

    static let tooLarge = SyncFailure(status: .contentTooLarge, message: "an enrolment request is at most \(maxBodyBytes) bytes", permanent: true)
}
