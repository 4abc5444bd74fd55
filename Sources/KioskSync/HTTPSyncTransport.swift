import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL
import RequestSigning
import SyncProtocol
import Synchronization

/// The sync protocol over HTTP/1.1 with AsyncHTTPClient: JSON bodies (gzip both ways once they pass
/// `WireCompression.threshold`), the version header, short timeouts (a kiosk must notice a dead network
/// in seconds, not minutes). TLS as its `CentralEndpoint` says (the province's CA; plain HTTP only to
/// loopback).
public final class HTTPSyncTransport: SyncTransport {
    /// Where requests go: one client trusting `central_ca` (or nothing, for plain HTTP), or the pinned clients.
    private enum Clients: Sendable {
        case plain(HTTPClient)
        case pinned(PinnedClients)
    }

    private let clients: Clients
    private let base: String
    /// Cleared when the central answers 415 to a gzip body (an older central): then bodies go plain.
    private let sendsGzip = Mutex(true)
    /// Largest reply body read (a pull page of 1000 registry records fits easily).
    private let maxReplyBytes = 32 * 1024 * 1024
    /// Signs every push and pull with the device key (nil: unsigned, only an insecure central accepts them).
    private let signer: RequestSigner?
    /// The kiosk's clock (a signature's `created`; the offset a 401 reports).
    private let now: @Sendable () -> Date

    /// The clock difference (ms, positive: this kiosk is ahead) the central's last 401 reported; cleared by any success.
    private let reportedClockOffset = Mutex<Int64?>(nil)

    /// The address and TLS this transport uses.
    public let endpoint: CentralEndpoint

    /// `centralURL` like `https://central.example.pk:8471` or `http://127.0.0.1:8471` (no trailing path),
    /// checked by `CentralEndpoint.check` (plain HTTP to another machine is refused).
    public convenience init(
        centralURL: String, trust: CentralTrust = CentralTrust(), signer: RequestSigner? = nil, connectTimeout: TimeAmount = .seconds(3),
        readTimeout: TimeAmount = .seconds(20), now: @escaping @Sendable () -> Date = { Date() }
    ) throws(CentralEndpointError) {
        self.init(
            endpoint: try CentralEndpoint.check(centralURL, trust: trust), signer: signer, connectTimeout: connectTimeout,
            readTimeout: readTimeout, now: now)
    }

    /// A transport to a checked endpoint, signing with `signer`.
    public init(
        endpoint: CentralEndpoint, signer: RequestSigner? = nil, connectTimeout: TimeAmount = .seconds(3), readTimeout: TimeAmount = .seconds(20),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.endpoint = endpoint
        self.signer = signer
        self.now = now
        var configuration = HTTPClient.Configuration()
        configuration.tlsConfiguration = endpoint.tls
        configuration.timeout = .init(connect: connectTimeout, read: readTimeout)
        configuration.connectionPool = .init(idleTimeout: .seconds(30))
        configuration.decompression = .enabled(limit: .size(maxReplyBytes))
        clients = endpoint.fingerprints.isEmpty
            ? .plain(HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration))
            : .pinned(PinnedClients(endpoint: endpoint, configuration: configuration))
        base = endpoint.url
    }

    /// How far this kiosk's clock is off the central's (seconds, positive: ahead), when the central's last
    /// answer was a 401 that said so and the difference is a minute or more; nil otherwise.
    public var clockOffsetSeconds: Int64? {
        reportedClockOffset.withLock { $0 }.flatMap { abs($0) >= ClockOffset.reportedFromMillis ? $0 / 1000 : nil }
    }

    /// Closes the connection pool. Call once, when the engine stops.
    public func shutdown() async {
        switch clients {
        case .plain(let client): try? await client.shutdown()
        case .pinned(let pinned): await pinned.forget()
        }
    }

    public func probe() async throws(SyncTransportError) -> HealthResponse {
        try await call(.GET, SyncWire.healthPath, body: nil as PushRequest?, timeout: .seconds(3))
    }

    public func push(_ request: PushRequest) async throws(SyncTransportError) -> PushResponse {
        try await call(.POST, SyncWire.pushPath, body: request, timeout: .seconds(30))
    }

    public func pull(_ request: PullRequest) async throws(SyncTransportError) -> PullResponse {
        try await call(.POST, SyncWire.pullPath, body: request, timeout: .seconds(30))
    }

    /// `POST /v1/enrol`: asks the central to enrol this kiosk's keys (pending until a supervisor approves).
    public func enrol(_ request: EnrolmentRequest) async throws(SyncTransportError) -> EnrolmentResponse {
        try await call(.POST, SyncWire.enrolPath, body: request, timeout: .seconds(15))
    }

    private func call<Body: Encodable & Sendable, Reply: Decodable>(
        _ method: HTTPMethod, _ path: String, body: Body?, timeout: TimeAmount
    ) async throws(SyncTransportError) -> Reply {
        var encoded: ByteBuffer?
        if let body {
            do { encoded = ByteBuffer(bytes: try SyncWire.encoder().encode(body)) } catch { throw .badReply("cannot encode the request: \(error)") }
        }
        let gzip = encoded.map { $0.readableBytes >= WireCompression.threshold } == true && sendsGzip.withLock { $0 }
        var (status, data) = try await send(method, path, body: encoded, gzip: gzip, timeout: timeout)
        if status == 415 && gzip {
            sendsGzip.withLock { $0 = false }
            (status, data) = try await send(method, path, body: encoded, gzip: false, timeout: timeout)
        }
        guard (200..<300).contains(status) else {
            let answer = try? SyncWire.decoder().decode(SyncErrorResponse.self, from: data)
            if status == 401 {
                let localNow = now()
                reportedClockOffset.withLock { $0 = ClockOffset.millis(answer: answer, localNow: localNow) }
                throw .unauthorized(ClockOffset.words(answer: answer, localNow: localNow))
            }
            let message = answer?.error ?? "HTTP \(status)"
            if status >= 500 || status == 429 || status == 408 || answer?.permanent == false {
                throw .unreachable(message)
            }
            throw .refused(status: status, message: message)
        }
        reportedClockOffset.withLock { $0 = nil }
        do { return try SyncWire.decoder().decode(Reply.self, from: data) } catch {
            throw .badReply("\(path) answered with something that is not a \(Reply.self)")
        }
    }

    /// One request; the status and the (unpacked) reply body.
    func send(
        _ method: HTTPMethod, _ path: String, body: ByteBuffer?, gzip: Bool, timeout: TimeAmount
    ) async throws(SyncTransportError) -> (Int, Data) {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        request.headers.add(name: SyncWire.versionHeader, value: String(SyncWire.version))
        request.headers.add(name: "Accept-Encoding", value: WireCompression.gzipEncoding)
        var sent = ByteBuffer()
        if var payload = body {
            request.headers.add(name: "Content-Type", value: "application/json")
            if gzip, let packed = try? WireCompression.gzip(payload) {
                payload = packed
                request.headers.add(name: "Content-Encoding", value: WireCompression.gzipEncoding)
            }
            sent = payload
            request.body = .bytes(payload)
        }
        // Every request but the health probe is signed; a GET's digest covers its empty body.
        if let signer, path != SyncWire.healthPath {
            do {
                for field in try signer.sign(method: method.rawValue, path: path, body: sent.readableBytesView, created: now()).fields {
                    request.headers.add(name: field.name, value: field.value)
                }
            } catch {
                throw .badReply("cannot sign the request: \(error)")
            }
        }
        let client: HTTPClient
        switch clients {
        case .plain(let plain): client = plain
        case .pinned(let pinned): client = try await pinned.client()
        }
        do {
            let response = try await client.execute(request, timeout: timeout)
            let bytes = try await response.body.collect(upTo: maxReplyBytes)
            return (Int(response.status.code), Data(bytes.readableBytesView))
        } catch {
            if error is NIOSSLError, case .pinned(let pinned) = clients { await pinned.forget() }
            throw .unreachable(Self.words(for: error))
        }
    }

    /// A short sentence for a connection error (no stack, no internals).
    static func words(for error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout: return "connection timed out"
            case .readTimeout, .deadlineExceeded: return "no answer in time"
            case .remoteConnectionClosed: return "the connection was closed before the answer"
            default: break
            }
        }
        let text = String(describing: error)
        if text.contains("refused") { return "connection refused" }
        if error is NIOSSLError || text.contains("handshake") || text.contains("CERTIFICATE_VERIFY_FAILED") {
            return "the central's TLS certificate is not one this kiosk trusts (\(String(text.prefix(100))))"
        }
        return String(text.prefix(120))
    }
}
