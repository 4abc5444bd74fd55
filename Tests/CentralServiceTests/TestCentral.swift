import CentralService
import CentralStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Services
import SyncProtocol

/// A central over a real `SQLiteCentralStorage` in a fresh temporary folder, with its own metrics.
struct TestCentral: Sendable {
    let storage: SQLiteCentralStorage
    let metrics: CentralMetrics
    let folder: URL

    /// The bearer token the test application's `/metrics` asks for.
    static let metricsToken = "test-metrics-token-0123456789"

    static let logger: Logger = {
        var logger = Logger(label: "central-service-tests")
        logger.logLevel = .critical
        return logger
    }()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("central-service-tests-\(UUID().uuidString)")
        storage = try SQLiteCentralStorage(path: folder.appendingPathComponent("central.sqlite").path, logger: Self.logger)
        metrics = CentralMetrics()
    }

    func application(configuration: CentralConfiguration = CentralConfiguration(metricsToken: TestCentral.metricsToken)) throws -> some ApplicationProtocol {
        try CentralApp.makeApplication(storage: storage, configuration: configuration, metrics: metrics, logger: Self.logger)
    }

    /// Runs `body` against the router (no sockets), then closes the storage and removes the folder.
    func test<Value: Sendable>(
        configuration: CentralConfiguration = CentralConfiguration(metricsToken: TestCentral.metricsToken),
        _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let value: Value
        do {
            value = try await application(configuration: configuration).test(.router, body)
        } catch {
            await finish()
            throw error
        }
        await finish()
        return value
    }

    func finish() async {
        await storage.close()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Builds valid (and deliberately broken) push requests.
enum Fixture {
    static let kioskID = "KPPSH001"

    static func submission(sequence: Int64, kioskID: String = kioskID, cnic: String = "1730112345671") -> ApplicationSubmission {
        ApplicationSubmission(
            id: "app-\(kioskID)-\(sequence)", tracking: TrackingNumber.make(kioskID: kioskID, sequence: Int(sequence)), kioskID: kioskID,
            sequence: sequence, serviceID: "domicile", serviceVersion: 1, cnic: cnic, answers: ["district": "Peshawar"], fee: 200,
            paymentReference: "PAY-\(sequence)", status: "received", submittedAt: "2026-05-01T09:30:00.123Z"
        )
    }

    static func operation(sequence: Int64, kioskID: String = kioskID, opID: String? = nil, cnic: String = "1730112345671") -> PushOperation {
        let submission = submission(sequence: sequence, kioskID: kioskID, cnic: cnic)
        let payload = String(decoding: try! SyncWire.encoder().encode(submission), as: UTF8.self)
        return PushOperation(
            opID: opID ?? "0190a000-0000-7000-8000-\(String(format: "%012d", sequence))", kioskID: kioskID, sequence: sequence,
            hlc: HLCTimestamp(wallMillis: 1_764_072_000_000 + sequence, counter: 0), kind: OperationKind.applicationSubmitted,
            entityID: submission.id, payload: payload, payloadSHA256: PayloadHash.sha256(payload)
        )
    }

    static func push(_ operations: [PushOperation], kioskID: String = kioskID, sentAt: HLCTimestamp? = nil) -> PushRequest {
        PushRequest(kioskID: kioskID, sentAt: sentAt ?? HLCTimestamp(wallMillis: nowMillis(), counter: 0), operations: operations)
    }

    static func nowMillis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    static func body(_ value: some Encodable) -> ByteBuffer {
        ByteBuffer(bytes: try! SyncWire.encoder().encode(value))
    }

    static let jsonHeaders: HTTPFields = [.contentType: "application/json"]
}

extension TestClientProtocol {
    /// POSTs `value` as JSON.
    func post(_ path: String, _ value: some Encodable, headers: HTTPFields = Fixture.jsonHeaders) async throws -> TestResponse {
        try await execute(uri: path, method: .post, headers: headers, body: Fixture.body(value))
    }

    func push(_ request: PushRequest) async throws -> PushResponse {
        let response = try await post(SyncWire.pushPath, request)
        guard response.status == .ok else { throw WireTestError.status(response.status.code, String(buffer: response.body)) }
        return try response.decode(PushResponse.self)
    }
}

enum WireTestError: Error { case status(Int, String) }

extension TestResponse {
    func decode<Message: Decodable>(_ type: Message.Type) throws -> Message {
        try SyncWire.decoder().decode(type, from: Data(body.readableBytesView))
    }

    var versionHeader: String? { headers[HTTPFields.Element.Name(SyncWire.versionHeader)!] }
}
