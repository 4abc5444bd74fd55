import CentralStore
import Hummingbird
import SyncProtocol

/// `GET /v1/trust-bundle`: the newest published signed trust bundle, byte for byte as the root signed it.
/// The kiosk verifies it against its pinned root; the central only stores and serves. 404 when none is published.
struct TrustBundleHandler: Sendable {
    let storage: any CentralStorage

    func handle(_ request: Request, context: CentralRequestContext) async throws -> Response {
        let latest: PublishedTrustBundle?
        do { latest = try await storage.latestTrustBundle() } catch {
            context.logger.error("trust bundle not served", metadata: ["error": .string(error.description)])
            throw SyncFailure(storage: error)
        }
        guard let latest else {
            throw SyncFailure(status: .notFound, message: "no trust bundle is published yet", permanent: false)
        }
        var headers = HTTPFields()
        headers[.contentType] = SyncWire.trustBundleContentType
        headers[WireResponse.versionField] = String(SyncWire.version)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: latest.file)))
    }
}
