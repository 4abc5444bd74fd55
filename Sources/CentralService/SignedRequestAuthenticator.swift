import CentralStore
import Crypto
import Foundation
import Hummingbird
import RequestSigning
import SyncProtocol

/// Accepts a sync request only when it carries a valid RFC 9421 signature (the kiosk profile) by an
/// APPROVED device: the body matches its `Content-Digest`, `created` is within `window` of the central's
/// clock and the nonce was not seen before. Everything else is 401 with a plain reason and the central's
/// time (header `Khyber-Central-Time`, body `centralTimeMillis`).
public struct SignedRequestAuthenticator: KioskAuthenticator {
    let devices: any DeviceStorage
    let nonces: NonceMemory
    /// How far `created` may be from the central's clock, either way.
    public let window: Duration
    let now: @Sendable () -> Date

    public init(devices: any DeviceStorage, window: Duration = .seconds(300), nonces: NonceMemory = NonceMemory(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.devices = devices
        self.window = window
        self.nonces = nonces
        self.now = now
    }

    public func authenticate(head: HTTPRequest, body: ByteBuffer) async throws(SyncFailure) -> AuthenticatedKiosk {
        let instant = now()
        let millis = Int64((instant.timeIntervalSince1970 * 1000).rounded(.down))
        func refuse(_ reason: String) -> SyncFailure {
            SyncFailure(status: .unauthorized, message: reason, permanent: true, centralTimeMillis: millis)
        }
        let parts = Self.parts(head)
        let signature: ReceivedSignature
        do { signature = try SignatureVerifier.read(parts) } catch { throw refuse(error.description) }
        guard KioskIDFormat.isValid(signature.keyID) else { throw refuse("the signature's keyid is not a kiosk id") }

        let seconds = Int64(instant.timeIntervalSince1970.rounded(.down))
        let windowSeconds = window.components.seconds
        let offset = signature.created - seconds
        if abs(offset) > windowSeconds {
            throw refuse(ClockWords.refusal(offsetSeconds: offset, windowSeconds: windowSeconds))
        }

        let device: DeviceRecord?
        do { device = try await devices.device(kioskID: signature.keyID) } catch { throw SyncFailure(storage: error) }
        guard let device else { throw refuse("kiosk \(signature.keyID) is not enrolled; run khyber-kiosk enrol and have a supervisor approve it") }
        switch device.status {
        case .pending: throw refuse("kiosk \(device.kioskID)'s enrolment is waiting for a supervisor's approval (code \(device.code))")
        case .revoked: throw refuse("kiosk \(device.kioskID)'s enrolment was revoked; a supervisor must enrol it again")
        case .approved: break
        }
        guard let keyBytes = Data(base64Encoded: device.devicePublicKey),
              let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes) else {
            throw SyncFailure.internalError
        }
        do {
            try SignatureVerifier.verify(signature, request: parts, body: body.readableBytesView, publicKey: publicKey)
        } catch {
            throw refuse(error.description)
        }
        switch nonces.remember(keyID: signature.keyID, nonce: signature.nonce, until: signature.created + windowSeconds + 1, now: seconds) {
        case .fresh: break
        case .replayed: throw refuse("this request was already received once (its nonce was used); a replayed request is refused")
        case .full: throw SyncFailure(status: .serviceUnavailable, message: "the central is too busy to check more requests; try again shortly", permanent: false)
        }
        return AuthenticatedKiosk(verifiedKioskID: device.kioskID, enrolledDistricts: device.districts)
    }

    /// The request as `RequestSigning` reads it: method, path, and the three signature fields.
    static func parts(_ head: HTTPRequest) -> SignedRequestParts {
        var fields: [String: String] = [:]
        for name in [ContentDigest.fieldName, KioskSignatureProfile.signatureInputField, KioskSignatureProfile.signatureField] {
            guard let field = HTTPFields.Element.Name(name) else { continue }
            let values = head.headerFields[values: field]
            if !values.isEmpty { fields[name] = values.joined(separator: ", ") }
        }
        let path = head.path.map { String($0.prefix { $0 != "?" }) } ?? "/"
        return SignedRequestParts(method: head.method.rawValue, path: path, fields: fields)
    }
}
