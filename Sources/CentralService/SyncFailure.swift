import Hummingbird
import SyncProtocol

/// A request the service answers with an error: the HTTP status and the `SyncErrorResponse` body.
/// `message` is words for an operator — never a CNIC, never a stack trace.
public struct SyncFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String
    /// True when sending the same request again cannot help.
    public var permanent: Bool
    /// The central's clock on a 401 (header `Khyber-Central-Time` and the body's `centralTimeMillis`).
    public var centralTimeMillis: Int64?

    public init(status: HTTPResponse.Status, message: String, permanent: Bool, centralTimeMillis: Int64? = nil) {
        self.status = status
        self.message = message
        self.permanent = permanent
        self.centralTimeMillis = centralTimeMillis
    }

    public var description: String { "\(status.code) \(message)" }

    /// The wire body of this failure.
    public var body: SyncErrorResponse { SyncErrorResponse(error: message, permanent: permanent, centralTimeMillis: centralTimeMillis) }

    /// 400, permanent: the request itself is wrong.
    static func badRequest(_ message: String) -> SyncFailure {
        SyncFailure(status: .badRequest, message: message, permanent: true)
    }

    /// 413, permanent: the body is larger than `SyncWire.maxBodyBytes`.
    static let bodyTooLarge = SyncFailure(
        status: .contentTooLarge,
        message: "the request body is larger than \(SyncWire.maxBodyBytes) bytes; send fewer operations per push",
        permanent: true
    )

    /// 500, worth retrying: something failed here that the request did not cause.
    static let internalError = SyncFailure(
        status: .internalServerError,
        message: "the central store failed to answer this request; try again later",
        permanent: false
    )
}
