import Foundation
import Hummingbird
import SyncProtocol

/// Reads a request body (at most `SyncWire.maxBodyBytes`) and decodes it with `SyncWire.decoder()`,
/// turning every way that can fail into a `SyncFailure` with words for an operator.
enum WireRequest {
    /// The body, collected and — for `Content-Encoding: gzip` — unpacked (then the request carries the
    /// plain body, so a second call is cheap). 413 beyond `SyncWire.maxBodyBytes`, packed or unpacked;
    /// 400 for a damaged gzip body; 415 for any other encoding.
    static func body(of request: inout Request) async throws(SyncFailure) -> ByteBuffer {
        let encoding = request.headers[.contentEncoding]?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard encoding.isEmpty || encoding == "identity" || encoding == WireCompression.gzipEncoding else {
            throw SyncFailure(
                status: .unsupportedMediaType,
                message: "this central does not accept Content-Encoding \(encoding.prefix(20)); send the body as gzip or uncompressed",
                permanent: true
            )
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > SyncWire.maxBodyBytes {
            throw .bodyTooLarge
        }
        let collected: ByteBuffer
        do {
            collected = try await request.collectBody(upTo: SyncWire.maxBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw .bodyTooLarge
        } catch {
            throw SyncFailure(status: .badRequest, message: "the request body could not be read", permanent: false)
        }
        guard encoding == WireCompression.gzipEncoding else { return collected }
        let plain: ByteBuffer
        do {
            plain = try WireCompression.gunzip(collected, maximumBytes: SyncWire.maxBodyBytes)
        } catch .tooLarge {
            throw .bodyTooLarge
        } catch {
            throw .badRequest("the body says gzip but is not readable gzip")
        }
        // compress-nio's limit is not exact (a 9 MiB bomb came back whole under an 8 MiB limit): check again.
        guard plain.readableBytes <= SyncWire.maxBodyBytes else { throw .bodyTooLarge }
        var head = request.head
        head.headerFields[.contentEncoding] = nil
        request = Request(head: head, body: RequestBody(buffer: plain))
        return plain
    }

    /// The body exactly as sent (still packed when gzip), at most `SyncWire.maxBodyBytes`; 413 beyond.
    static func rawBody(of request: Request) async throws(SyncFailure) -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > SyncWire.maxBodyBytes {
            throw .bodyTooLarge
        }
        do {
            var request = request
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
