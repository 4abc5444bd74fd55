import Foundation
import Hummingbird
import SyncProtocol

/// Builds the service's answers: JSON written by `SyncWire.encoder()`, `Content-Type: application/json`
/// and `Khyber-Sync-Version` on every one.
enum WireResponse {
    /// The header that carries `SyncWire.version`.
    static let versionField = HTTPFields.Element.Name(SyncWire.versionHeader)!

    /// A JSON answer; gzip-packed when `request` accepts gzip and the body is worth packing.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, for request: Request? = nil) throws -> Response {
        let data = try SyncWire.encoder().encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[versionField] = String(SyncWire.version)
        var body = ByteBuffer(bytes: data)
        if let request, data.count >= WireCompression.threshold, accepts(WireCompression.gzipEncoding, request),
           let packed = try? WireCompression.gzip(body) {
            body = packed
            headers[.contentEncoding] = WireCompression.gzipEncoding
        }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// True when the request's `Accept-Encoding` lists `encoding` (without `;q=0`).
    static func accepts(_ encoding: String, _ request: Request) -> Bool {
        guard let accepted = request.headers[.acceptEncoding]?.lowercased() else { return false }
        return accepted.split(separator: ",").contains { item in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.first == encoding && !parts.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "") == "q=0" }
        }
    }

    /// The answer for a failure: its status and a `SyncErrorResponse`.
    static func failure(_ failure: SyncFailure) -> Response {
        // Encoding plain fields cannot fail; the fallback keeps this function total anyway.
        var response = (try? json(failure.body, status: failure.status))
            ?? Response(status: failure.status, headers: [versionField: String(SyncWire.version)])
        if let millis = failure.centralTimeMillis { response.headers[centralTimeField] = String(millis) }
        return response
    }

    /// The header that carries the central's clock on a 401.
    static let centralTimeField = HTTPFields.Element.Name(SyncWire.centralTimeHeader)!

    /// Plain text (the Prometheus exposition format).
    static func text(_ text: String, contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[versionField] = String(SyncWire.version)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
