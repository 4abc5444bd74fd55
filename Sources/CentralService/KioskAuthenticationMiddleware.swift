import Hummingbird

/// Runs the configured `KioskAuthenticator` before `/v1/push` and `/v1/pull` (only those: `/health`,
/// `/metrics` and `/v1/enrol` stay open). It collects the body first, as sent (at most
/// `SyncWire.maxBodyBytes`; 413 beyond), so a signature over the body can be checked, leaves the collected
/// body on the request for the handler, and puts the result in `context.kiosk`.
///
/// Signing requests slots in by giving `CentralConfiguration.authenticator` another implementation.
public struct KioskAuthenticationMiddleware: RouterMiddleware {
    public typealias Context = CentralRequestContext

    public let authenticator: any KioskAuthenticator

    public init(authenticator: any KioskAuthenticator) {
        self.authenticator = authenticator
    }

    public func handle(
        _ input: Request, context: CentralRequestContext, next: (Request, CentralRequestContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        // The body as sent (a signature's Content-Digest covers the packed bytes); the handler unpacks it.
        let raw = try await WireRequest.rawBody(of: input)
        let request = Request(head: input.head, body: RequestBody(buffer: raw))
        context.kiosk = try await authenticator.authenticate(head: request.head, body: raw)
        return try await next(request, context)
    }
}

extension AuthenticatedKiosk {
    /// 403 when this request proved one kiosk and its message names another.
    func check(claimedKioskID: String) throws(SyncFailure) {
        if let verifiedKioskID, verifiedKioskID != claimedKioskID {
            throw SyncFailure(
                status: .forbidden, message: "this request is signed by kiosk \(verifiedKioskID) but speaks for another kiosk",
                permanent: true
            )
        }
    }
}
