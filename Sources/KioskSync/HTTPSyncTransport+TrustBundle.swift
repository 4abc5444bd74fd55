import Foundation
import SyncProtocol

extension HTTPSyncTransport {
    /// `GET /v1/trust-bundle`: the signed file's bytes, unverified (the engine verifies against the pinned root).
    public func trustBundle() async throws(SyncTransportError) -> Data {
        let (status, data) = try await send(.GET, SyncWire.trustBundlePath, body: nil, gzip: false, timeout: .seconds(30))
        guard status == 200 else {
            let message = (try? SyncWire.decoder().decode(SyncErrorResponse.self, from: data))?.error ?? "HTTP \(status)"
            if status >= 500 || status == 404 || status == 429 { throw .unreachable(message) }
            throw .refused(status: status, message: message)
        }
        return data
    }
}
