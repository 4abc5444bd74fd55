import Hummingbird
import Logging
import SyncProtocol

/// The outermost middleware: puts `Khyber-Sync-Version` on every response and turns every error that
/// reaches it into a JSON `SyncErrorResponse` — a `SyncFailure` as it says, Hummingbird's own HTTP errors
/// (404, 405, 413) as permanent, anything else as a logged 500 with a generic sentence.
struct WireResponseMiddleware: RouterMiddleware {
    typealias Context = CentralRequestContext

    func handle(
        _ input: Request, context: CentralRequestContext, next: (Request, CentralRequestContext) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(input, context)
        } catch let failure as SyncFailure {
            response = WireResponse.failure(failure)
        } catch let error as any HTTPResponseError {
            let failure: SyncFailure = switch error.status {
            case .notFound: SyncFailure(status: .notFound, message: "there is nothing at \(input.uri.path.prefix(80))", permanent: true)
            case .contentTooLarge: .bodyTooLarge
            default: SyncFailure(status: error.status, message: error.status.reasonPhrase.lowercased(), permanent: error.status.code < 500)
            }
            response = WireResponse.failure(failure)
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(input.uri.path), "error": .string(String(describing: error).prefix(300).description)])
            response = WireResponse.failure(.internalError)
        }
        response.headers[WireResponse.versionField] = String(SyncWire.version)
        return response
    }
}
