import Foundation
import Hummingbird
import SyncProtocol

/// Reads a request body (at most `SyncWire.maxBodyBytes`) and decodes it with `SyncWire.decoder()`,
/// turning every way that can fail into a `SyncFailure` with words for an operator.
enum WireRequest {
    /// The body, collected. 413 beyond `SyncWire.maxBodyBytes`; 415 for a compressed body (this build
    /// has no gzip decoder: the package graph carries no zlib binding).
    static func body(of request: inout Request) async throws(SyncFailure) -> ByteBuffer {
        if let encoding = request.headers[.contentEncoding]?.trimmingCharacters(in: .whitespaces).lowercased(),
           !encoding.isEmpty, encoding != "identity" {
            throw SyncFailure(
                status: .unsupportedMediaType,
                message: "this central does not accept Content-Encoding \(encoding.prefix(20)); send the body uncompressed",
                permanent: true
            )
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > SyncWire.maxBodyBytes {
            throw .bodyTooLarge
        }
        do {
            return try await request.collectBody(upTo: SyncWire.maxBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw .bodyTooLarge
        } catch {
            throw SyncFailure(status: .badRequest, message: "the request body could not be read", permanent: false)
        }
    }

    /// Decodes `type` from `buffer`; 400 permanent with the field that is wrong.
    static func decode<Message: Decodable>(_ type: Message.Type, from buffer: ByteBuffer) throws(SyncFailure) -> Message {
        do {
            return try SyncWire.decoder().decode(type, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw .badRequest("the body is not a valid \(type): \(DecodingErrorWords.words(for: error))")
        } catch {
            throw .badRequest("the body is not a valid \(type)")
        }
    }

    /// 400 permanent unless `version` is the one this build speaks.
    static func checkVersion(_ version: Int) throws(SyncFailure) {
        guard version == SyncWire.version else {
            throw .badRequest(
                "the request speaks sync protocol version \(version), this central speaks version \(SyncWire.version)"
            )
        }
    }
}
